package org.gongkai.document;

/** Kinds of personal data that {@link PersonalDataScanner} recognises. */
public enum PersonalDataKind {
  /** 居民身份证号码: 18 digits with a valid GB 11643 check digit, or the old 15-digit form. */
  RESIDENT_ID("居民身份证号"),
  /** 手机号码: 11 digits starting 13–19, optionally with +86. */
  MOBILE("手机号码"),
  /** 固定电话: with area code, e.g. 023-63851234 or (023)63851234. */
  LANDLINE("固定电话"),
  /** 银行卡号: 16–19 digits passing the Luhn check. */
  BANK_CARD("银行卡号"),
  /** 电子邮箱. */
  EMAIL("电子邮箱");

  private final String label;

  PersonalDataKind(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. "居民身份证号". */
  public String label() {
    return label;
  }
}
