package org.gongkai.report;

/** The two official formats of the annual report. */
public enum ReportFormat {
  /** 国办公开办函〔2019〕60号, used for the reports on 2019 and 2020. */
  F2019("2019"),
  /** 国办公开办函〔2021〕30号, used from the reports on 2021. */
  F2021("2021");

  private final String key;

  ReportFormat(String key) {
    this.key = key;
  }

  /** The value of the JSON field {@code format}. */
  public String key() {
    return key;
  }

  /** The format the regulation prescribes for a report on {@code year}. */
  public static ReportFormat forYear(int year) {
    return year <= 2020 ? F2019 : F2021;
  }

  public static ReportFormat fromKey(String key) {
    for (ReportFormat f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format " + key);
  }
}
