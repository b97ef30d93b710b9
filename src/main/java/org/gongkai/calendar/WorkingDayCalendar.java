package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the calendar. A working day is Monday to Friday unless marked
 * {@link DayType#OFF}, plus any date marked {@link DayType#WORK}. Years without entered holidays
 * are counted by weekends alone; {@link #covers(int)} tells whether a year's notice is entered.
 */
public final class WorkingDayCalendar {

  private final Map<LocalDate, CalendarDay> marked;
  private final Set<Integer> coveredYears;

  public WorkingDayCalendar(List<CalendarDay> days, Set<Integer> coveredYears) {
    Map<LocalDate, CalendarDay> map = new HashMap<>();
    for (CalendarDay day : days) {
      map.put(day.date(), day);
    }
    this.marked = Collections.unmodifiableMap(map);
    this.coveredYears = Collections.unmodifiableSet(new TreeSet<>(coveredYears));
  }

  public boolean isWorkingDay(LocalDate date) {
    CalendarDay day = marked.get(date);
    if (day != null) {
      return day.type() == DayType.WORK;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code days}-th working day after {@code from}; {@code from} itself is day 0, whether or not
   * it is a working day. {@code days} must not be negative.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = from;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The number of working days after {@code from} up to and including {@code to} (0 if to ≤ from). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the holidays of the year have been entered (announced by the State Council). */
  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  public Set<Integer> coveredYears() {
    return coveredYears;
  }

  /** The marked date, if the holiday notices mention it. */
  public CalendarDay marked(LocalDate date) {
    return marked.get(date);
  }
}
