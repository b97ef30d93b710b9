package org.gongkai.catalog;

/** 有效性 of a normative document (规章, 行政规范性文件). */
public enum Validity {
  /** 有效: in force. */
  IN_FORCE("有效"),
  /** 失效: lapsed at the end of its term. */
  EXPIRED("失效"),
  /** 废止: repealed by a later decision. */
  REPEALED("废止"),
  /** 已修改: in force as amended by a later document. */
  AMENDED("已修改");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the document still applies (amended documents apply as amended). */
  public boolean inForce() {
    return this == IN_FORCE || this == AMENDED;
  }

  public static Validity fromLabelOrKey(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    for (Validity v : values()) {
      if (v.name().equalsIgnoreCase(s.strip()) || v.label.equals(s.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("有效性应为 有效、失效、废止 或 已修改");
  }
}
