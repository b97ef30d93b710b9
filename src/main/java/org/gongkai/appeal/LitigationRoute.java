package org.gongkai.appeal;

/** How a lawsuit reached the court; the annual report counts the two in separate blocks. */
public enum LitigationRoute {
  /** 未经复议直接起诉. */
  DIRECT("未经复议直接起诉", "litigationDirect"),
  /** 复议后起诉. */
  AFTER_RECONSIDERATION("复议后起诉", "litigationAfterReconsideration");

  private final String label;
  private final String reportKey;

  LitigationRoute(String label, String reportKey) {
    this.label = label;
    this.reportKey = reportKey;
  }

  public String label() {
    return label;
  }

  /** The block of section 四 in {@code annual-report-json.md}. */
  public String reportKey() {
    return reportKey;
  }
}
