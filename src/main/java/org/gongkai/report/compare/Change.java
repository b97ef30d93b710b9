package org.gongkai.report.compare;

/**
 * A figure against the previous year, as the reports write it (申请量较去年下降23%): for a count the
 * relative change in percent, for a rate the difference in percentage points.
 *
 * @param exact the change: percent of last year's count, or percentage points
 * @param points whether {@code exact} is in percentage points (a rate) rather than percent
 */
public record Change(double exact, boolean points) {

  /** The change from {@code before} to {@code now}; null if either is blank, or a count was 0 last year. */
  public static Change between(Number now, Number before, boolean rate) {
    if (now == null || before == null) {
      return null;
    }
    if (rate) {
      return new Change(now.doubleValue() - before.doubleValue(), true);
    }
    if (before.longValue() == 0) {
      return null;
    }
    return new Change((now.longValue() - before.longValue()) * 100.0 / before.longValue(), false);
  }

  /** Rounded to one decimal, signed: −23.0 (for spreadsheets). */
  public double rounded() {
    return Math.round(exact * 10) / 10.0;
  }

  public boolean up() {
    return rounded() > 0;
  }

  public boolean down() {
    return rounded() < 0;
  }

  /** 下降23.0% / 上升4.8% / 上升2.1个百分点 / 持平. */
  public String text() {
    if (!up() && !down()) {
      return "持平";
    }
    return (up() ? "上升" : "下降") + magnitude();
  }

  /** ↓23.0% / ↑2.1个百分点 / 持平, for a table cell. */
  public String arrow() {
    if (!up() && !down()) {
      return "持平";
    }
    return (up() ? "↑" : "↓") + magnitude();
  }

  private String magnitude() {
    return String.format(java.util.Locale.ROOT, "%.1f", Math.abs(rounded())) + (points ? "个百分点" : "%");
  }
}
