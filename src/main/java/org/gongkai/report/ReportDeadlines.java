package org.gongkai.report;

import java.time.LocalDate;
import java.time.MonthDay;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;

/**
 * The statutory dates of Art. 49–50: 县级以上人民政府部门 publish their report on year {@code Y} by 31
 * January of {@code Y+1}, 各级人民政府 (including townships) by 31 March.
 */
public final class ReportDeadlines {

  private static final MonthDay DEPARTMENTS = MonthDay.of(1, 31);
  private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

  private ReportDeadlines() {}

  public static LocalDate deadline(Agency agency, int year) {
    return (agency.kind() == AgencyKind.DEPARTMENT ? DEPARTMENTS : GOVERNMENTS).atYear(year + 1);
  }
}
