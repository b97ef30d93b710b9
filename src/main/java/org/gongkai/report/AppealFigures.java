package org.gongkai.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Section 四 (行政复议、行政诉讼) figures, provided by the appeal registers: {@code upheld},
 * {@code corrected}, {@code other}, {@code pending} of {@code reconsideration},
 * {@code litigationDirect} and {@code litigationAfterReconsideration}. The report computes the
 * totals.
 */
public interface AppealFigures {

  /** The figures of the agencies together (the scope, already expanded to its agency codes). */
  FigureSet appeals(Set<String> agencyCodes, int year);

  /**
   * Each agency's own figures, for many agencies at once: agency code → figures, an entry for every
   * code. By default one {@link #appeals} call per agency; a provider answers with one set-based
   * query.
   */
  default Map<String, FigureSet> appealsEach(Set<String> agencyCodes, int year) {
    Map<String, FigureSet> each = new LinkedHashMap<>();
    agencyCodes.forEach(code -> each.put(code, appeals(Set.of(code), year)));
    return each;
  }
}
