package org.gongkai.appeal.web;

import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AppealNavigation {

  @Bean
  NavigationLink appealsLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "appeals", "复议诉讼与投诉", "/admin/appeals", 60);
  }
}
