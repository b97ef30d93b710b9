package org.gongkai.calendar;

/**
 * Published after an administrator changed the working-day calendar (a newly announced holiday, a
 * corrected date): every deadline counted on it must be recomputed.
 *
 * @param description what changed, in Chinese, for the histories of the affected records
 */
public record WorkingDayCalendarChanged(String description) {}
