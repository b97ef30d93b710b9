package org.gongkai.report;

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
}
