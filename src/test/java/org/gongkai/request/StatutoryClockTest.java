package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.DayType;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The reply clock of 第三十条–第三十五条, rule by rule. */
class StatutoryClockTest {

  /** 2020 National Day: 10-01..10-08 off, 09-27 and 10-10 (Saturdays) worked. */
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
      new CalendarDay(LocalDate.of(2020, 9, 27), "国庆节、中秋节", DayType.WORK),
      new CalendarDay(LocalDate.of(2020, 10, 1), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 2), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 5), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 6), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 7), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 8), "国庆节、中秋节", DayType.OFF),
      new CalendarDay(LocalDate.of(2020, 10, 10), "国庆节、中秋节", DayType.WORK)), Set.of(2020));

  final StatutoryClock clock = new StatutoryClock(() -> CALENDAR);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void repliesAreDueTwentyWorkingDaysAfterReceiptTheDayOfReceiptBeingDayZero() {
    // Mon 2020-06-01 + 20 working days = Mon 2020-06-29 (no holiday in between besides 06-25/26 Dragon Boat not in this calendar)
    Deadline d = clock.deadline(ClockFacts.receivedOn(d(2020, 6, 1)));
    assertThat(d.dueDate()).isEqualTo(d(2020, 6, 29));
    assertThat(d.explanationText()).contains("2020年6月1日收到申请").contains("20个工作日").contains("答复期限：2020年6月29日");
  }

  @Test
  void holidaysAreSkippedAndMakeUpWorkingDaysCount() {
    // Fri 2020-09-25: 9-27 (Sun, 调休) is day 1, 9-28..9-30 days 2–4, 10-9 day 5, 10-10 (Sat, 调休) day 6, … 10-29 day 20
    Deadline d = clock.deadline(ClockFacts.receivedOn(d(2020, 9, 25)));
    LocalDate expected = CALENDAR.addWorkingDays(d(2020, 9, 25), 20);
    assertThat(d.dueDate()).isEqualTo(expected).isEqualTo(d(2020, 10, 29));
  }

  @Test
  void correctionNoticeIsDueWithinSevenWorkingDaysOfReceipt() {
    assertThat(clock.correctionNoticeDeadline(d(2020, 6, 1))).isEqualTo(d(2020, 6, 10));
  }

  @Test
  void correctionRestartsTheClockFromTheDayTheCorrectionArrives() {
    ClockFacts facts = new ClockFacts(d(2020, 6, 1), d(2020, 6, 3), d(2020, 6, 24), d(2020, 6, 15), List.of(), null);
    Deadline d = clock.deadline(facts);
    assertThat(d.dueDate()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 15), 20)).isEqualTo(d(2020, 7, 13));
    assertThat(d.explanationText()).contains("重新计算");
  }

  @Test
  void whileWaitingForTheCorrectionThereIsNoDueDateOnlyTheApplicantsPeriod() {
    ClockFacts facts = new ClockFacts(d(2020, 6, 1), d(2020, 6, 3), d(2020, 6, 24), null, List.of(), null);
    Deadline d = clock.deadline(facts);
    assertThat(d.dueDate()).isNull();
    assertThat(d.waitingUntil()).isEqualTo(d(2020, 6, 24));
  }

  @Test
  void thirdPartyConsultationTimeIsNotCounted() {
    // paused from Wed 06-03 to Wed 06-10: 5 working days not counted
    Pause p = new Pause(Pause.Kind.THIRD_PARTY, d(2020, 6, 3), d(2020, 6, 10), d(2020, 6, 24), "某公司");
    Deadline d = clock.deadline(new ClockFacts(d(2020, 6, 1), null, null, null, List.of(p), null));
    assertThat(d.dueDate()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 1), 25)).isEqualTo(d(2020, 7, 6));
    assertThat(d.explanationText()).contains("2020年6月3日至2020年6月10日征求第三方意见").contains("顺延5个工作日");
  }

  @Test
  void otherAgencyConsultationTimeIsNotCountedEither() {
    Pause p = new Pause(Pause.Kind.OTHER_AGENCY, d(2020, 6, 2), d(2020, 6, 4), d(2020, 6, 23), "市财政局");
    Deadline d = clock.deadline(new ClockFacts(d(2020, 6, 1), null, null, null, List.of(p), null));
    assertThat(d.dueDate()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 1), 22));
  }

  @Test
  void anOpenConsultationStopsTheClockUntilTheThirdPartysLimit() {
    Pause p = new Pause(Pause.Kind.THIRD_PARTY, d(2020, 6, 3), null, clock.consultationLimit(d(2020, 6, 3)), "某公司");
    Deadline d = clock.deadline(new ClockFacts(d(2020, 6, 1), null, null, null, List.of(p), null));
    assertThat(d.dueDate()).isNull();
    assertThat(d.waitingUntil()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 3), 15));
  }

  @Test
  void aFeeNoticePausesTheClockUntilPayment() {
    Pause fee = new Pause(Pause.Kind.FEE, d(2020, 6, 8), d(2020, 6, 12), clock.feePaymentLimit(d(2020, 6, 8)), "申请人");
    Deadline d = clock.deadline(new ClockFacts(d(2020, 6, 1), null, null, null, List.of(fee), null));
    assertThat(d.dueDate()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 1), 24));
    assertThat(clock.feePaymentLimit(d(2020, 6, 8))).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 8), 20));
  }

  @Test
  void anApprovedExtensionAddsItsWorkingDaysAndNamesTheApprover() {
    Extension ext = new Extension(20, "李主任", d(2020, 6, 20), "需调档");
    Deadline d = clock.deadline(new ClockFacts(d(2020, 6, 1), null, null, null, List.of(), ext));
    assertThat(d.dueDate()).isEqualTo(CALENDAR.addWorkingDays(d(2020, 6, 1), 40));
    assertThat(d.explanationText()).contains("李主任").contains("延长20个工作日");
  }

  @Test
  void warnsLoudlyWhenTheDeadlineFallsInAYearTheCalendarDoesNotCover() {
    Deadline d = clock.deadline(ClockFacts.receivedOn(d(2020, 12, 20)));
    assertThat(d.dueDate().getYear()).isEqualTo(2021);
    assertThat(d.uncoveredYears()).containsExactly(2021);
    assertThat(d.warning()).contains("2021年").contains("尚未录入");
    assertThat(clock.deadline(ClockFacts.receivedOn(d(2020, 6, 1))).warning()).isNull();
  }
}
