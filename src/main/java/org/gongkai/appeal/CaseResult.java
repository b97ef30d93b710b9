package org.gongkai.appeal;

/** The result of a case, as the columns of section 四 name it. */
public enum CaseResult {
  /** 结果维持: the agency's handling was upheld. */
  UPHELD("结果维持", "upheld"),
  /** 结果纠正: the agency's handling was corrected (撤销、变更、确认违法、责令履行). */
  CORRECTED("结果纠正", "corrected"),
  /** 其他结果: withdrawn, dismissed, settled, terminated. */
  OTHER("其他结果", "other"),
  /** 尚未审结: not decided yet. */
  PENDING("尚未审结", "pending");

  private final String label;
  private final String reportKey;

  CaseResult(String label, String reportKey) {
    this.label = label;
    this.reportKey = reportKey;
  }

  public String label() {
    return label;
  }

  /** The field of the block in {@code annual-report-json.md}. */
  public String reportKey() {
    return reportKey;
  }

  public boolean isDecided() {
    return this != PENDING;
  }
}
