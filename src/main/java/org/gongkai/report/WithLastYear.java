package org.gongkai.report;

/**
 * A year's figures together with last year's: what a compiled report needs, the year for its
 * tables and last year for the cross-year checks. {@code lastYear} may hold only the stock figures
 * at the end of last year (in force, items on the lists, requests still open).
 */
public record WithLastYear(FigureSet year, FigureSet lastYear) {}
