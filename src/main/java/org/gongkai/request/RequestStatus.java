package org.gongkai.request;

import java.util.EnumSet;
import java.util.Set;

/** The stored workflow state of a {@link DisclosureRequest}. */
public enum RequestStatus {
  /** 已登记: received and registered; the 20-working-day clock runs from the date of receipt. */
  REGISTERED("已登记"),
  /** 待补正: a correction notice was sent (第三十条); the clock waits for the corrected application. */
  CORRECTION_REQUESTED("待补正"),
  /** 视为放弃: the applicant did not correct within the period; closed as 其他处理·逾期不补正. */
  ABANDONED("视为放弃"),
  /** 办理中: being searched for and reviewed; the clock runs. */
  UNDER_REVIEW("办理中"),
  /** 征求意见中: third parties (第三十二条) or other agencies (第三十四条) consulted; clock paused. */
  THIRD_PARTY_CONSULTATION("征求意见中"),
  /** 已延期: under review with the reply period extended by the office head's approval (第三十三条). */
  EXTENDED("已延期"),
  /** 待缴费: a fee notice was issued; the clock is paused until payment. */
  FEE_NOTIFIED("待缴费"),
  /** 逾期未缴费: the fee was not paid within 20 working days; closed as 其他处理·逾期未缴费. */
  FEE_UNPAID("逾期未缴费"),
  /** 已答复: the reply was made with its outcome; the request counts as handled. */
  REPLIED("已答复"),
  /** 已送达: the reply reached the applicant. */
  DELIVERED("已送达"),
  /** 已撤回: withdrawn by the applicant before the reply; closed as 其他处理·其他. */
  WITHDRAWN("已撤回");

  private static final Set<RequestStatus> CLOSED = EnumSet.of(ABANDONED, FEE_UNPAID, REPLIED, DELIVERED, WITHDRAWN);

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the request is finished (counted as handled in the year it closed). */
  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  public static Set<RequestStatus> open() {
    return EnumSet.complementOf(EnumSet.copyOf(CLOSED));
  }
}
