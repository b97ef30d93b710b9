package org.gongkai.appeal;

/** What the supervisor found (条例第四十七条: 查证属实的，督促整改或者通报批评). */
public enum ComplaintFinding {
  /** 查证属实，督促整改. */
  SUBSTANTIATED_RECTIFICATION("查证属实，督促整改"),
  /** 查证属实，通报批评. */
  SUBSTANTIATED_CRITICISM("查证属实，通报批评"),
  /** 经核查不属实. */
  NOT_SUBSTANTIATED("经核查不属实");

  private final String label;

  ComplaintFinding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isSubstantiated() {
    return this != NOT_SUBSTANTIATED;
  }
}
