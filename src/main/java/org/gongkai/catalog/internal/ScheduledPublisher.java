package org.gongkai.catalog.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes the items whose scheduled time has come (定时发布), every 30 seconds. */
@Component
class ScheduledPublisher {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

  private final Publication publication;

  ScheduledPublisher(Publication publication) {
    this.publication = publication;
  }

  @Scheduled(fixedDelayString = "${gongkai.catalog.publish-interval-ms:30000}", initialDelay = 20_000)
  void publishDue() {
    try {
      int n = publication.publishDue();
      if (n > 0) {
        log.info("定时发布政府信息 {} 条", n);
      }
    } catch (RuntimeException e) {
      log.warn("定时发布失败：{}", e.getMessage());
    }
  }
}
