package org.gongkai.report;

import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;

/** Which agencies a compiled report covers. */
public enum ReportScope {
  /** The agency alone. */
  SELF("self"),
  /** The agency and every agency below it (a government's report on its whole area). */
  SUBTREE("subtree");

  private final String key;

  ReportScope(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Governments report on their area, departments and townships on themselves. */
  public static ReportScope defaultFor(Agency agency) {
    return agency.kind() == AgencyKind.GOVERNMENT ? SUBTREE : SELF;
  }

  /** The scope named {@code key}, or null. */
  public static ReportScope fromKey(String key) {
    for (ReportScope s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
