package org.gongkai.appeal;

/** The two kinds of case an agency can face over its disclosure work. */
public enum CaseKind {
  /** 行政复议: decided by the 复议机关. */
  RECONSIDERATION("行政复议", "复议机关"),
  /** 行政诉讼: decided by a court. */
  LITIGATION("行政诉讼", "审理法院");

  private final String label;
  private final String bodyLabel;

  CaseKind(String label, String bodyLabel) {
    this.label = label;
    this.bodyLabel = bodyLabel;
  }

  public String label() {
    return label;
  }

  /** What the deciding body is called for this kind. */
  public String bodyLabel() {
    return bodyLabel;
  }
}
