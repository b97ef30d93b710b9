package org.gongkai.request;

import java.time.LocalDate;

/**
 * A stretch of time not counted towards the reply period.
 *
 * @param from the day the letter or notice went out (counted as a normal day)
 * @param until the day the answer or payment arrived; null while the pause lasts
 * @param limit the day the other side must answer (or pay) by
 * @param party whom we wait for (the third party's or agency's name, or the applicant for a fee)
 */
public record Pause(Kind kind, LocalDate from, LocalDate until, LocalDate limit, String party) {

  /** Why the clock stands still. */
  public enum Kind {
    /** 征求第三方意见 (第三十二条), answer within 15 working days. */
    THIRD_PARTY("征求第三方意见", "第三十二条"),
    /** 征求其他机关意见 (第三十四条), answer within 15 working days. */
    OTHER_AGENCY("征求其他机关意见", "第三十四条"),
    /** 收费通知 (国办函〔2020〕109号), payment within 20 working days. */
    FEE("收费通知待缴费", "国办函〔2020〕109号");

    private final String label;
    private final String basis;

    Kind(String label, String basis) {
      this.label = label;
      this.basis = basis;
    }

    public String label() {
      return label;
    }

    public String basis() {
      return basis;
    }
  }

  public boolean isOpen() {
    return until == null;
  }

  public Pause endedOn(LocalDate day) {
    return new Pause(kind, from, day, limit, party);
  }
}
