package org.gongkai.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures for the annual report, keyed by the full cell key of {@code annual-report-json.md}, e.g.
 * {@code proactive.rules.newlyMade}, {@code requests.withheld.stateSecret.naturalPerson},
 * {@code appeals.reconsideration.upheld}.
 *
 * @param cells the figures; amounts in 万元 may be decimals, counts are whole numbers
 * @param sources for each key, where the figure comes from: {@code "records"} (counted from the
 *     records kept in Gongkai) or {@code "filed"} (a figure the agency filed as 统计填报), or
 *     {@code "mixed"}
 */
public record FigureSet(Map<String, Number> cells, Map<String, String> sources) {

  public static FigureSet empty() {
    return new FigureSet(Map.of(), Map.of());
  }

  /**
   * The figures of several agencies added up cell by cell (each record counts for one agency, so the
   * sum is the figure of all of them); a cell's source is that of its parts, or {@code "mixed"}.
   */
  public static FigureSet sum(Collection<FigureSet> parts) {
    Map<String, Number> cells = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (FigureSet part : parts) {
      if (part == null) {
        continue;
      }
      part.cells().forEach((key, value) -> {
        if (value != null) {
          cells.merge(key, value, FigureSet::add);
        }
      });
      part.sources().forEach((key, source) -> sources.merge(key, source, (a, b) -> a.equals(b) ? a : "mixed"));
    }
    return new FigureSet(cells, sources);
  }

  /** a + b, exact: whole numbers stay {@link Long}, decimals become {@link BigDecimal}. */
  public static Number add(Number a, Number b) {
    if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof Double || b instanceof Double) {
      return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
    }
    return a.longValue() + b.longValue();
  }
}
