package org.gongkai.catalog;

/** What kind of document an item is, given by its 体裁分类. */
public enum ItemKind {
  /** 规章. */
  RULE("规章"),
  /** 行政规范性文件. */
  NORMATIVE_DOCUMENT("行政规范性文件"),
  /** 政策解读, linked to the document it interprets. */
  INTERPRETATION("政策解读"),
  /** 政府信息公开制度. */
  SYSTEM("制度"),
  /** Everything else (通知公告, 工作动态, 规划计划 …). */
  OTHER("其他");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether items of this kind carry a validity (有效性). */
  public boolean hasValidity() {
    return this == RULE || this == NORMATIVE_DOCUMENT;
  }
}
