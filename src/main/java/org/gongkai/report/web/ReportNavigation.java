package org.gongkai.report.web;

import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReportNavigation {

  @Bean
  NavigationLink annualReportsLink() {
    return new NavigationLink(NavigationLink.Area.ADMIN, "annual-reports", "年度报告", "/admin/annual-reports/validate", 70);
  }
}
