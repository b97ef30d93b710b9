package org.gongkai.agency;

/** The tier of government an agency belongs to. */
public enum AgencyLevel {
  /** 市级. */
  MUNICIPAL("市级"),
  /** 区县级. */
  DISTRICT("区县级"),
  /** 乡镇级. */
  TOWNSHIP("乡镇级");

  private final String label;

  AgencyLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
