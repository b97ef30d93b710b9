/**
 * 工作日历: the working-day calendar of the People's Republic of China — weekends, statutory
 * holidays and make-up working days (调休) — by which every statutory deadline is counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.gongkai.calendar;
