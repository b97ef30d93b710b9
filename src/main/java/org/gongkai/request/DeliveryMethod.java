package org.gongkai.request;

/** 获取信息的方式. */
public enum DeliveryMethod {
  /** 邮寄. */
  POST("邮寄"),
  /** 电子邮件. */
  EMAIL("电子邮件"),
  /** 当面领取. */
  IN_PERSON("当面领取"),
  /** 网上获取. */
  ONLINE("网上获取");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
