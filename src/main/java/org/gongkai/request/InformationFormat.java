package org.gongkai.request;

/** 获取信息的形式 (第二十九条第三项). */
public enum InformationFormat {
  /** 纸质. */
  PAPER("纸质"),
  /** 电子. */
  ELECTRONIC("电子");

  private final String label;

  InformationFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
