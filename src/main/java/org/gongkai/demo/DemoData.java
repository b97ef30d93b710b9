package org.gongkai.demo;

import org.gongkai.agency.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo on the first start of an empty database, unless {@code GONGKAI_DEMO=false}. */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Agencies agencies;
  private final boolean enabled;

  DemoData(Agencies agencies, @Value("${gongkai.demo:true}") boolean enabled) {
    this.agencies = agencies;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!enabled || !agencies.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    var tree = DemoAgencies.load();
    agencies.add(tree);
    log.info("演示数据：已载入行政机关 {} 个（{} ms）", tree.size(), (System.nanoTime() - started) / 1_000_000);
  }
}
