package org.gongkai.decision.web;

import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries. */
@Configuration(proxyBeanMethods = false)
class DecisionNavigation {

  @Bean
  NavigationLink powerListsAdminLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "power-lists", "权力清单", "/admin/power-lists", 40);
  }

  @Bean
  NavigationLink decisionsAdminLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "decisions", "处理决定", "/admin/decisions", 41);
  }

  @Bean
  NavigationLink filedStatisticsAdminLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "filed-statistics", "统计填报", "/admin/filed-statistics", 42);
  }

  @Bean
  NavigationLink decisionsPortalLink() {
    return new NavigationLink(NavigationLink.Area.PORTAL, "decisions", "权责清单与双公示", "/decisions", 40);
  }
}
