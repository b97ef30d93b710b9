package org.gongkai.report.compare;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.report.ReportScope;

/** The key figures of one agency over a run of years, each against the year before. */
public record YearOverYear(Agency agency, ReportScope scope, int from, int to, List<Year> years) {

  /**
   * One year.
   *
   * @param previous the key figures of the year before (also for the first year shown), or null
   */
  public record Year(int year, Figures figures, KeyFigures previous) {

    public Number value(Measure m) {
      return figures.figures().value(m);
    }

    /** The change against the previous year, or null where it cannot be computed. */
    public Change change(Measure m) {
      return previous == null ? null : Change.between(value(m), previous.value(m), m.isRate());
    }
  }
}
