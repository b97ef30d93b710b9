package org.gongkai.request;

/** How an application arrived, which decides its date of receipt (第三十一条). */
public enum Channel {
  /** 网上申请: the day both sides confirmed (online submissions are confirmed on submission). */
  ONLINE("网上申请", "双方确认之日"),
  /** 当面提交: the day it was handed in. */
  IN_PERSON("当面提交", "提交之日"),
  /** 邮寄: the day the agency signed for it (平常信函: the day receipt was confirmed with the applicant). */
  POST("信函邮寄", "签收之日（平常信函为与申请人确认之日）"),
  /** 传真: the day both sides confirmed. */
  FAX("传真", "双方确认之日"),
  /** 电子邮件 (互联网渠道): the day both sides confirmed. */
  EMAIL("电子邮件", "双方确认之日");

  private final String label;
  private final String receiptRule;

  Channel(String label, String receiptRule) {
    this.label = label;
    this.receiptRule = receiptRule;
  }

  public String label() {
    return label;
  }

  /** Which day counts as received for this channel, as 第三十一条 words it. */
  public String receiptRule() {
    return receiptRule;
  }
}
