package org.gongkai.appeal;

/** The kinds the case list filters by. */
public enum CaseCategory {
  /** 行政复议. */
  RECONSIDERATION("行政复议", " and c.kind = 'RECONSIDERATION'"),
  /** 行政诉讼, both routes. */
  LITIGATION("行政诉讼（全部）", " and c.kind = 'LITIGATION'"),
  /** 行政诉讼, 未经复议直接起诉. */
  LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）", " and c.route = 'DIRECT'"),
  /** 行政诉讼, 复议后起诉. */
  LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）", " and c.route = 'AFTER_RECONSIDERATION'");

  private final String label;
  private final String sql;

  CaseCategory(String label, String sql) {
    this.label = label;
    this.sql = sql;
  }

  public String label() {
    return label;
  }

  String sql() {
    return sql;
  }
}
