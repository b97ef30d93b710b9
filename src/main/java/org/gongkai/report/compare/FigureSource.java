package org.gongkai.report.compare;

/** Where the figures of a year or an agency in a comparison come from. */
public enum FigureSource {
  /** 已发布: the tables frozen when the report was published (its newest published version). */
  PUBLISHED("已发布报告"),
  /** 平台汇总: compiled from the records now, as no report of that scope is published. */
  COMPILED("平台汇总");

  private final String label;

  FigureSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
