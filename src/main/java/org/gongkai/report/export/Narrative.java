package org.gongkai.report.export;

/**
 * The sections an office writes itself: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项.
 * A null section is printed as a placeholder.
 */
public record Narrative(String overview, String problems, String other) {

  public static Narrative empty() {
    return new Narrative(null, null, null);
  }
}
