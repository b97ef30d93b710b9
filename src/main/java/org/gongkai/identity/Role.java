package org.gongkai.identity;

/** What a member of staff may do; the agencies it applies to follow from the account's agency. */
public enum Role {
  /** 系统管理员: everything, in every agency. */
  ADMIN("系统管理员"),
  /** 政务公开主管部门: sees, edits and reports on its agency's whole subtree. */
  SUPERVISOR("政务公开主管部门"),
  /** 经办人: works its own agency's records. */
  CLERK("经办人"),
  /** 审核人: approves publication and replies of its own agency. */
  REVIEWER("审核人");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
