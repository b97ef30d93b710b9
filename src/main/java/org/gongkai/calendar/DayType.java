package org.gongkai.calendar;

/** How the State Council's holiday notice marks a date. */
public enum DayType {
  /** 放假: a statutory holiday or a day off around one. */
  OFF,
  /** 调休上班: a weekend day that is a working day. */
  WORK
}
