package org.gongkai.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Figures being counted by a provider, for its agencies together or agency by agency — so that one
 * query answers both {@code requests(...)} and {@code requestsEach(...)}: the query selects
 * {@link #keyColumn} and groups by it, every row adds to the cells of its key.
 */
public final class FigureTally {

  /** The key of the agencies' figures together. */
  public static final String ALL = "";

  private final Map<String, Map<String, Number>> cells = new LinkedHashMap<>();
  private final Map<String, String> sources;

  /** Every agency's cells (or, unless {@code perAgency}, the cells under {@link #ALL}) start as {@code zeros}. */
  public FigureTally(Set<String> agencyCodes, boolean perAgency, FigureSet zeros) {
    for (String key : perAgency ? agencyCodes : Set.of(ALL)) {
      cells.put(key, new LinkedHashMap<>(zeros.cells()));
    }
    this.sources = zeros.sources();
  }

  /** The SQL expression of a row's key: the agency column, or {@code ''} for all together. */
  public static String keyColumn(boolean perAgency, String agencyColumn) {
    return perAgency ? agencyColumn : "''";
  }

  /** The cells of a key (an agency code, or {@link #ALL}), to put counts in. */
  public Map<String, Number> cells(String key) {
    return cells.get(key);
  }

  /** The counted figures by key. */
  public Map<String, FigureSet> figures() {
    Map<String, FigureSet> out = new LinkedHashMap<>();
    cells.forEach((key, c) -> out.put(key, new FigureSet(c, sources)));
    return out;
  }
}
