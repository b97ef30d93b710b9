package org.gongkai.appeal;

/** How a complaint reached the supervisor. */
public enum ComplaintChannel {
  /** 来信. */
  LETTER("来信"),
  /** 来电. */
  PHONE("来电"),
  /** 网上留言（政府网站、12345 平台）. */
  ONLINE("网上留言"),
  /** 来访. */
  VISIT("来访");

  private final String label;

  ComplaintChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
