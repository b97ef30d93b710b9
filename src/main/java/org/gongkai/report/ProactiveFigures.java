package org.gongkai.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Section 二 (主动公开) figures, provided by the modules that keep the records (catalog: rules and
 * normative documents; decisions: power lists, decisions, fees, procurement). The report adds up
 * every provider's cells.
 */
public interface ProactiveFigures {

  /**
   * The {@code proactive.*} cells of the format for the agencies (the scope, already expanded to
   * every agency code it contains) and the year, by the definitions of {@code docs/annual-report.md}.
   */
  FigureSet proactive(Set<String> agencyCodes, int year, ReportFormat format);

  /**
   * The year's figures and last year's — of which only what stands at the end of the year is
   * needed (in force, items on the lists): the cross-checks against last year's report. A provider
   * answers both from one scan where it can, and may leave out last year's flows (decisions, fees,
   * procurement). By default two {@link #proactive} calls.
   *
   * @param lastYearFormat the format of last year's report
   */
  default WithLastYear proactiveWithLastYear(Set<String> agencyCodes, int year, ReportFormat format,
      ReportFormat lastYearFormat) {
    return new WithLastYear(proactive(agencyCodes, year, format), proactive(agencyCodes, year - 1, lastYearFormat));
  }

  /**
   * Each agency's own figures, for many agencies at once: agency code → figures, an entry for every
   * code. With {@code stockOnly} the caller needs only what stands at the end of the year (in force,
   * items on the lists) — what last year's report contributes to the cross-checks — and a provider
   * may leave out the flows of the year (decisions, fees, procurement) when they are costly to count.
   * By default one {@link #proactive} call per agency; a provider answers with one set-based query.
   */
  default Map<String, FigureSet> proactiveEach(Set<String> agencyCodes, int year, ReportFormat format, boolean stockOnly) {
    Map<String, FigureSet> each = new LinkedHashMap<>();
    agencyCodes.forEach(code -> each.put(code, proactive(Set.of(code), year, format)));
    return each;
  }
}
