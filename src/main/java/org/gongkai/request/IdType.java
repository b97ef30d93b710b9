package org.gongkai.request;

/** 证件类型 of a natural person. */
public enum IdType {
  /** 居民身份证 (GB 11643, check digit verified). */
  RESIDENT_ID_CARD("居民身份证"),
  /** 护照. */
  PASSPORT("护照"),
  /** 港澳居民来往内地通行证. */
  HK_MACAO_PERMIT("港澳居民来往内地通行证"),
  /** 台湾居民来往大陆通行证. */
  TAIWAN_PERMIT("台湾居民来往大陆通行证"),
  /** 外国人永久居留身份证. */
  FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证"),
  /** 其他有效证件. */
  OTHER("其他有效证件");

  private final String label;

  IdType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
