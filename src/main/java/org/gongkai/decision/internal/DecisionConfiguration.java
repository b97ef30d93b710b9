package org.gongkai.decision.internal;

import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.gongkai.decision.PowerItemKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the import and the publication periods from {@code gongkai.decisions.*}. */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

  @Bean
  PublicationPolicy decisionPublicationPolicy(Environment env) {
    Map<PowerItemKind, Integer> days = new EnumMap<>(PowerItemKind.class);
    PublicationPolicy defaults = PublicationPolicy.defaults();
    for (PowerItemKind kind : PowerItemKind.values()) {
      if (kind.hasDecisions()) {
        days.put(kind, env.getProperty("gongkai.decisions.publication-days." + PublicationPolicy.propertyKey(kind), Integer.class, defaults.days(kind)));
      }
    }
    return new PublicationPolicy(days);
  }

  @Bean
  DecisionImporter decisionImporter(DataSource dataSource, PublicationPolicy policy) {
    return new DecisionImporter(dataSource, policy);
  }
}
