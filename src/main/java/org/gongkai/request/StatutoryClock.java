package org.gongkai.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * 答复期限: the reply clock of 第三十条–第三十五条, counted in working days of the current
 * {@link WorkingDayCalendar}. The day of receipt is day 0. A correction restarts the clock from the
 * day the corrected application arrives; consultations (第三十二条、第三十四条) and a fee notice
 * stop it; an approved extension adds at most 20 working days.
 */
public class StatutoryClock {

  /** 第三十三条: reply within 20 working days of receipt. */
  public static final int REPLY_DAYS = 20;
  /** 第三十条: the correction notice within 7 working days of receipt. */
  public static final int CORRECTION_NOTICE_DAYS = 7;
  /** 第三十三条第二款: an extension of at most 20 working days. */
  public static final int MAX_EXTENSION_DAYS = 20;
  /** 第三十二条、第三十四条: the consulted side answers within 15 working days. */
  public static final int CONSULTATION_DAYS = 15;
  /** The fee is paid within 20 working days of the notice, else the request ends. */
  public static final int FEE_PAYMENT_DAYS = 20;
  /** The correction period offered to the applicant unless the clerk sets another. */
  public static final int DEFAULT_CORRECTION_PERIOD_DAYS = 15;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Supplier<WorkingDayCalendar> calendar;

  public StatutoryClock(Supplier<WorkingDayCalendar> calendar) {
    this.calendar = calendar;
  }

  public WorkingDayCalendar calendar() {
    return calendar.get();
  }

  /** The last day for sending a correction notice (第三十条). */
  public LocalDate correctionNoticeDeadline(LocalDate receivedOn) {
    return calendar.get().addWorkingDays(receivedOn, CORRECTION_NOTICE_DAYS);
  }

  /** The last day for a consulted third party or agency to answer a letter sent on {@code sentOn}. */
  public LocalDate consultationLimit(LocalDate sentOn) {
    return calendar.get().addWorkingDays(sentOn, CONSULTATION_DAYS);
  }

  /** The last day to pay a fee notified on {@code notifiedOn}. */
  public LocalDate feePaymentLimit(LocalDate notifiedOn) {
    return calendar.get().addWorkingDays(notifiedOn, FEE_PAYMENT_DAYS);
  }

  public LocalDate addWorkingDays(LocalDate from, int days) {
    return calendar.get().addWorkingDays(from, days);
  }

  /** Computes the deadline of a request from its facts, with the explanation. */
  public Deadline deadline(ClockFacts facts) {
    WorkingDayCalendar cal = calendar.get();
    List<String> lines = new ArrayList<>();
    Set<Integer> uncovered = new TreeSet<>();
    LocalDate received = facts.receivedOn();
    lines.add(day(received) + "收到申请（第三十一条），当日为第0日。");
    LocalDate start = received;
    if (facts.correctionRequestedOn() != null) {
      lines.add(day(facts.correctionRequestedOn()) + "发出补正告知（第三十条，须在收到申请后7个工作日内即"
          + day(cal.addWorkingDays(received, CORRECTION_NOTICE_DAYS)) + "前发出），补正期限至"
          + day(facts.correctionDueOn()) + "。");
      if (facts.correctedOn() == null) {
        lines.add("等待申请人补正：答复期限自收到补正后的申请之日起重新计算。");
        note(uncovered, cal, received, facts.correctionDueOn());
        return new Deadline(null, facts.correctionDueOn(), lines, uncovered);
      }
      start = facts.correctedOn();
      lines.add(day(start) + "收到补正后的申请，答复期限自该日起重新计算。");
    }
    int days = REPLY_DAYS;
    lines.add("基本期限：自" + day(start) + "起" + REPLY_DAYS + "个工作日（第三十三条）。");
    for (Pause pause : facts.pauses()) {
      if (pause.isOpen()) {
        lines.add(day(pause.from()) + "起" + pause.kind().label() + "（" + pause.kind().basis() + "），暂停计时，"
            + (pause.kind() == Pause.Kind.FEE ? "缴费期限至" : "答复期限至") + day(pause.limit()) + "。");
        note(uncovered, cal, start, pause.limit());
        return new Deadline(null, pause.limit(), lines, uncovered);
      }
      int paused = cal.workingDaysBetween(pause.from(), pause.until());
      days += paused;
      lines.add(day(pause.from()) + "至" + day(pause.until()) + pause.kind().label() + "（" + pause.kind().basis()
          + "），所需时间不计入期限：顺延" + paused + "个工作日。");
    }
    Extension ext = facts.extension();
    if (ext != null) {
      days += ext.days();
      lines.add(day(ext.decidedOn()) + "经政府信息公开工作机构负责人" + ext.approvedBy() + "同意延期答复并告知申请人，延长"
          + ext.days() + "个工作日（第三十三条第二款）。");
    }
    LocalDate due = cal.addWorkingDays(start, days);
    note(uncovered, cal, start, due);
    lines.add("答复期限：" + day(due) + "（自" + day(start) + "起共计" + days + "个工作日）。");
    return new Deadline(due, null, lines, uncovered);
  }

  private static void note(Set<Integer> uncovered, WorkingDayCalendar cal, LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      return;
    }
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!cal.covers(y)) {
        uncovered.add(y);
      }
    }
  }

  static String day(LocalDate d) {
    return d == null ? "（未定）" : DAY.format(d);
  }
}
