package org.gongkai.catalog;

/** Where an item is in the publication workflow. */
public enum ItemState {
  /** 草稿: being written by a clerk; not public. */
  DRAFT("草稿"),
  /** 待审查: submitted for 保密审查; not public. */
  IN_REVIEW("待审查"),
  /** 待发布: approved, to be published at the scheduled time. */
  SCHEDULED("定时发布"),
  /** 已发布: public, with its 索引号. */
  PUBLISHED("已发布"),
  /** 已撤回: withdrawn with a recorded reason; the page says so, the record stays. */
  WITHDRAWN("已撤回");

  private final String label;

  ItemState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
