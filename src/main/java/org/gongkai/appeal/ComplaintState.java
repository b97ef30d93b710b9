package org.gongkai.appeal;

/** Where a complaint stands with the supervisor that received it. */
public enum ComplaintState {
  /** 已受理: received and registered, not yet looked into. */
  RECEIVED("已受理"),
  /** 调查核实中: the supervisor is checking the facts with the agency. */
  UNDER_INVESTIGATION("调查核实中"),
  /** 已答复: the finding is made and the complainant answered. */
  ANSWERED("已答复");

  private final String label;

  ComplaintState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
