package org.gongkai.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.gongkai.calendar.Calendars;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public working-day calculator. */
@RestController
@Tag(name = "工作日历", description = "按国务院节假日安排计算工作日")
class CalendarApiController {

  private final Calendars calendars;

  CalendarApiController(Calendars calendars) {
    this.calendars = calendars;
  }

  @GetMapping("/api/v1/calendar/working-days")
  @Operation(summary = "from 之后的第 days 个工作日（from 当日为第 0 日）")
  WorkingDayAnswer workingDays(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
    if (days < 0 || days > 3650) {
      throw new InvalidInputException("days", "工作日数应在 0 至 3650 之间");
    }
    if (from.getYear() < 1990 || from.getYear() > 2100) {
      throw new InvalidInputException("from", "日期应在 1990 年至 2100 年之间");
    }
    WorkingDayCalendar calendar = calendars.current();
    LocalDate date = calendar.addWorkingDays(from, days);
    boolean covered = true;
    for (int y = from.getYear(); y <= date.getYear(); y++) {
      covered &= calendar.covers(y);
    }
    return new WorkingDayAnswer(
        from, days, date, covered,
        covered ? null : "所涉年份的法定节假日安排尚未录入，结果仅按周末计算，可能不准确");
  }

  /**
   * @param calendarComplete whether every year between from and date has its holidays entered
   * @param warning why the result may be wrong, if it may
   */
  record WorkingDayAnswer(LocalDate from, int days, LocalDate date, boolean calendarComplete, String warning) {}
}
