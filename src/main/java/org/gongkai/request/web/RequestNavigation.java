package org.gongkai.request.web;

import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the request desk. */
@Configuration(proxyBeanMethods = false)
class RequestNavigation {

  @Bean
  NavigationLink portalRequestsLink() {
    return new NavigationLink(NavigationLink.Area.PORTAL, "requests", "依申请公开", "/requests", 40);
  }

  @Bean
  NavigationLink adminRequestsLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "requests", "依申请公开", "/admin/requests", 20);
  }
}
