package org.gongkai.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.ReportFormat;

/**
 * The tables of one annual report: every cell of its format by the stable key of
 * {@code annual-report-json.md} (null = blank or unknown), with the cross-check results.
 * Counts are {@link Long}, amounts in 万元 may be {@link BigDecimal}.
 */
public final class Report {

  private final ReportFormat format;
  private final int year;
  private final String agencyCode;
  private final String agencyName;
  private final String scope;
  private final Map<String, Number> cells = new LinkedHashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<CellWarning> warnings = new ArrayList<>();

  public Report(ReportFormat format, int year, String agencyCode, String agencyName, String scope) {
    this.format = format;
    this.year = year;
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.scope = scope;
    for (String key : Layout.cellKeys(format)) {
      cells.put(key, null);
    }
  }

  public ReportFormat format() {
    return format;
  }

  public int year() {
    return year;
  }

  public String agencyCode() {
    return agencyCode;
  }

  public String agencyName() {
    return agencyName;
  }

  public String scope() {
    return scope;
  }

  /** Every cell of the format in table order; a null value is a blank cell. */
  public Map<String, Number> cells() {
    return Collections.unmodifiableMap(cells);
  }

  public Number get(String key) {
    return cells.get(key);
  }

  /** The cell as a whole number, or null. */
  public Long count(String key) {
    Number n = cells.get(key);
    return n == null ? null : n.longValue();
  }

  public boolean has(String key) {
    return cells.containsKey(key);
  }

  public Report set(String key, Number value) {
    if (!cells.containsKey(key)) {
      throw new IllegalArgumentException("no cell " + key + " in format " + format.key());
    }
    cells.put(key, normalise(value));
    return this;
  }

  public List<Violation> violations() {
    return violations;
  }

  public List<CellWarning> warnings() {
    return warnings;
  }

  public void warn(String cell, String message) {
    warnings.add(new CellWarning(cell, message));
  }

  /** Whole numbers as Long; decimals as a plain BigDecimal without trailing zeros. */
  static Number normalise(Number value) {
    if (value == null || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.longValue();
    }
    BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    d = d.stripTrailingZeros();
    if (d.scale() <= 0) {
      return d.longValueExact();
    }
    return d;
  }
}
