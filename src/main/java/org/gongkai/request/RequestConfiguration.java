package org.gongkai.request;

import java.time.Clock;
import java.time.ZoneId;
import org.gongkai.calendar.Calendars;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clocks: the wall clock of China and the statutory clock over the current calendar. */
@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Shanghai"));
  }

  @Bean
  StatutoryClock statutoryClock(Calendars calendars) {
    return new StatutoryClock(calendars::current);
  }
}
