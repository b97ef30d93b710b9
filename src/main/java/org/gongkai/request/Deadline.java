package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The reply deadline of a request and how it was reached.
 *
 * @param dueDate the last day for the reply; null while the clock is paused or waits for a correction
 * @param waitingUntil while paused: the day the other side must answer (correction, opinion, payment) by
 * @param explanation the steps of the computation, in Chinese, for the request page
 * @param uncoveredYears years the computation crossed whose holidays are not entered
 */
public record Deadline(LocalDate dueDate, LocalDate waitingUntil, List<String> explanation, Set<Integer> uncoveredYears) {

  public boolean isPaused() {
    return dueDate == null;
  }

  /** A loud warning when the deadline was counted across a year without its holiday notice. */
  public String warning() {
    if (uncoveredYears.isEmpty()) {
      return null;
    }
    return "警告：" + uncoveredYears.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")
        + "年的法定节假日安排尚未录入工作日历，该期限仅按周末推算，可能不准确，请系统管理员尽快补录。";
  }

  public String explanationText() {
    return String.join("\n", explanation);
  }
}
