package org.gongkai.calendar;

import java.time.LocalDate;

/** A date the holiday notices mark, with the holiday's name (元旦, 春节 …). */
public record CalendarDay(LocalDate date, String name, DayType type) {}
