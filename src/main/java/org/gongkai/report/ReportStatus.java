package org.gongkai.report;

/** Where an annual report stands in its workflow. */
public enum ReportStatus {
  /** 草稿: the office is writing it. */
  DRAFT("草稿"),
  /** 已报送: submitted to the supervising office (部门 by 31 January). */
  SUBMITTED("已报送"),
  /** 已发布: published on the portal, frozen (政府 by 31 March). */
  PUBLISHED("已发布");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
