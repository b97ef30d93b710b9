package org.gongkai.report;

import java.util.Set;

/**
 * Section 四 (行政复议、行政诉讼) figures, provided by the appeal registers: {@code upheld},
 * {@code corrected}, {@code other}, {@code pending} of {@code reconsideration},
 * {@code litigationDirect} and {@code litigationAfterReconsideration}. The report computes the
 * totals.
 */
public interface AppealFigures {

  FigureSet appeals(Set<String> agencyCodes, int year);
}
