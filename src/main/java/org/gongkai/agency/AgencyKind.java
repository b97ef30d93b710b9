package org.gongkai.agency;

/** What kind of administrative body an agency is. */
public enum AgencyKind {
  /** 人民政府 (市政府, 区县政府, and the 管委会 of 两江新区 and the like). */
  GOVERNMENT("人民政府"),
  /** 政府工作部门 of a city or district government. */
  DEPARTMENT("政府部门"),
  /** 乡镇人民政府 or 街道办事处. */
  TOWNSHIP("乡镇（街道）");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
