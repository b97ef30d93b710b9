package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the calendar: add the year of a new State Council notice, mark its days off
 * and make-up working days, correct or remove dates. Every change is audited, reloads the calendar
 * and publishes {@link WorkingDayCalendarChanged}.
 */
@Service
public class CalendarAdministration {

  private final JdbcClient jdbc;
  private final Calendars calendars;
  private final AccessPolicy access;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CalendarAdministration(JdbcClient jdbc, Calendars calendars, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.calendars = calendars;
    this.access = access;
    this.audit = audit;
    this.events = events;
  }

  /** A year and how many dates of it are marked. */
  public record YearSummary(int year, String source, int offDays, int workDays) {}

  /** A marked date with the notice year it belongs to. */
  public record MarkedDay(LocalDate date, String name, DayType type, int noticeYear) {
    public String weekday() {
      return switch (date.getDayOfWeek()) {
        case MONDAY -> "星期一";
        case TUESDAY -> "星期二";
        case WEDNESDAY -> "星期三";
        case THURSDAY -> "星期四";
        case FRIDAY -> "星期五";
        case SATURDAY -> "星期六";
        case SUNDAY -> "星期日";
      };
    }
  }

  @Transactional(readOnly = true)
  public List<YearSummary> years() {
    return jdbc.sql("""
            select y.year, y.source,
              (select count(*) from calendar_day d where d.notice_year = y.year and d.type = 'OFF') as off_days,
              (select count(*) from calendar_day d where d.notice_year = y.year and d.type = 'WORK') as work_days
            from calendar_year y order by y.year""")
        .query((rs, n) -> new YearSummary(rs.getInt("year"), rs.getString("source"), rs.getInt("off_days"), rs.getInt("work_days")))
        .list();
  }

  @Transactional(readOnly = true)
  public List<MarkedDay> days(int noticeYear) {
    return jdbc.sql("select day, name, type, notice_year from calendar_day where notice_year = :y order by day")
        .param("y", noticeYear)
        .query((rs, n) -> new MarkedDay(rs.getDate("day").toLocalDate(), rs.getString("name"), DayType.valueOf(rs.getString("type")),
            rs.getInt("notice_year")))
        .list();
  }

  /** Enters a year whose holiday notice has been published. */
  @Transactional
  public void addYear(int year, String source) {
    access.requireAdmin();
    if (year < 2019 || year > 2100) {
      throw new InvalidInputException("year", "年份应在2019至2100之间");
    }
    if (source != null && source.length() > 500) {
      throw new InvalidInputException("source", "依据不能超过500个字符");
    }
    int added = jdbc.sql("insert into calendar_year (year, source) values (:y, :s) on conflict do nothing")
        .param("y", year).param("s", source == null || source.isBlank() ? "国务院办公厅关于" + year + "年部分节假日安排的通知" : source.trim())
        .update();
    if (added == 0) {
      throw new ConflictException(year + "年已在工作日历中");
    }
    changed("CALENDAR_YEAR_ADDED", String.valueOf(year), "录入" + year + "年节假日安排");
  }

  /** Marks (or re-marks) a date as a day off or a make-up working day. */
  @Transactional
  public void setDay(int noticeYear, LocalDate date, String name, DayType type) {
    access.requireAdmin();
    if (date == null) {
      throw new InvalidInputException("date", "请填写日期");
    }
    if (type == null) {
      throw new InvalidInputException("type", "请选择放假或调休上班");
    }
    if (name == null || name.isBlank() || name.length() > 20) {
      throw new InvalidInputException("name", "节日名称不能为空，且不超过20个字符");
    }
    if (Math.abs(date.getYear() - noticeYear) > 1) {
      throw new InvalidInputException("date", "日期应在" + noticeYear + "年前后");
    }
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (type == DayType.WORK && !weekend) {
      throw new InvalidInputException("type", "调休上班只能是星期六或星期日，工作日本来就上班");
    }
    Integer known = jdbc.sql("select count(*) from calendar_year where year = :y").param("y", noticeYear).query(Integer.class).single();
    if (known == 0) {
      throw new InvalidInputException("year", "请先录入" + noticeYear + "年");
    }
    jdbc.sql("""
            insert into calendar_day (day, name, type, notice_year) values (:d, :n, :t, :y)
            on conflict (day) do update set name = excluded.name, type = excluded.type, notice_year = excluded.notice_year""")
        .param("d", date).param("n", name.trim()).param("t", type.name()).param("y", noticeYear)
        .update();
    changed("CALENDAR_DAY_SET", date.toString(), date + (type == DayType.OFF ? "放假" : "调休上班") + "（" + name.trim() + "）");
  }

  /** Removes a marked date: it becomes an ordinary weekday or weekend day. */
  @Transactional
  public void removeDay(LocalDate date) {
    access.requireAdmin();
    int removed = jdbc.sql("delete from calendar_day where day = :d").param("d", date).update();
    if (removed == 0) {
      throw new ConflictException(date + "不是已标记的日期");
    }
    changed("CALENDAR_DAY_REMOVED", date.toString(), "取消" + date + "的节假日标记");
  }

  private void changed(String action, String objectId, String description) {
    audit.record(action, "calendar", objectId, "工作日历：" + description, null);
    calendars.reloadAfterCommit();
    events.publishEvent(new WorkingDayCalendarChanged(description));
  }
}
