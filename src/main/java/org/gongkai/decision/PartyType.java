package org.gongkai.decision;

/** 行政相对人类别 of a decision. */
public enum PartyType {
  /** 自然人: the ID number, phone numbers and address are never published. */
  NATURAL_PERSON("自然人"),
  /** 法人及非法人组织 (including 个体工商户): the 统一社会信用代码 is published. */
  ORGANISATION("法人及非法人组织");

  private final String label;

  PartyType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type named in an import, or null. */
  public static PartyType parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (t.equalsIgnoreCase("NATURAL_PERSON") || t.equals("自然人") || t.equals("个人") || t.equals("公民")) {
      return NATURAL_PERSON;
    }
    if (t.equalsIgnoreCase("ORGANISATION") || t.equalsIgnoreCase("ORGANIZATION") || t.equals("法人") || t.equals("法人及非法人组织")
        || t.equals("法人及其他组织") || t.equals("非法人组织") || t.equals("组织") || t.equals("个体工商户")
        || t.equals("企业") || t.equals("法人和其他组织")) {
      return ORGANISATION;
    }
    return null;
  }
}
