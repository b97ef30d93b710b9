package org.gongkai.calendar;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives out the current {@link WorkingDayCalendar}, loaded from the {@code calendar_day} and
 * {@code calendar_year} tables and reloaded after every committed change.
 */
@Service
public class Calendars {

  private final JdbcClient jdbc;
  private volatile WorkingDayCalendar current;

  Calendars(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The calendar as of the last committed change. */
  public WorkingDayCalendar current() {
    WorkingDayCalendar c = current;
    if (c == null) {
      c = load();
      current = c;
    }
    return c;
  }

  /** Forgets the loaded calendar once the current transaction commits (after an edit). */
  protected void reloadAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              current = null;
            }
          });
    } else {
      current = null;
    }
  }

  private WorkingDayCalendar load() {
    List<CalendarDay> days =
        jdbc.sql("select day, name, type from calendar_day order by day")
            .query((rs, n) -> new CalendarDay(((Date) rs.getDate("day")).toLocalDate(), rs.getString("name"), DayType.valueOf(rs.getString("type"))))
            .list();
    Set<Integer> years = new HashSet<>(jdbc.sql("select year from calendar_year").query(Integer.class).list());
    return new WorkingDayCalendar(days, years);
  }
}
