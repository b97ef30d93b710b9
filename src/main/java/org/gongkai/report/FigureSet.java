package org.gongkai.report;

import java.util.Map;

/**
 * Figures for the annual report, keyed by the full cell key of {@code annual-report-json.md}, e.g.
 * {@code proactive.rules.newlyMade}, {@code requests.withheld.stateSecret.naturalPerson},
 * {@code appeals.reconsideration.upheld}.
 *
 * @param cells the figures; amounts in 万元 may be decimals, counts are whole numbers
 * @param sources for each key, where the figure comes from: {@code "records"} (counted from the
 *     records kept in Gongkai) or {@code "filed"} (a figure the agency filed as 统计填报)
 */
public record FigureSet(Map<String, Number> cells, Map<String, String> sources) {

  public static FigureSet empty() {
    return new FigureSet(Map.of(), Map.of());
  }
}
