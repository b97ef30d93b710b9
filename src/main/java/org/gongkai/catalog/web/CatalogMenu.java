package org.gongkai.catalog.web;

import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's menu entries. */
@Configuration
class CatalogMenu {

  @Bean
  NavigationLink catalogAdminLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "catalog", "政府信息", "/admin/catalog", 20);
  }

  @Bean
  NavigationLink kioskLink() {
    return new NavigationLink(NavigationLink.Area.PORTAL, "kiosk", "查阅终端", "/kiosk", 90);
  }
}
