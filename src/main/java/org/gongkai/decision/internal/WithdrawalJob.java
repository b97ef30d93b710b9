package org.gongkai.decision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night (and an hour after start) withdraws the decisions whose publication period ended. */
@Component
class WithdrawalJob {

  private final Decisions decisions;

  WithdrawalJob(Decisions decisions) {
    this.decisions = decisions;
  }

  @Scheduled(cron = "${gongkai.decisions.withdrawal-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
  void withdrawExpired() {
    decisions.withdrawExpired(LocalDate.now(ZoneId.of("Asia/Shanghai")));
  }
}
