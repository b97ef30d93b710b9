package org.gongkai.report.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.export.Narrative;
import org.gongkai.report.model.Report;
import org.springframework.stereotype.Component;

/** The report the portal shows for an agency and year, with its narrative sections. */
@Component
class ReportTexts {

  /** The first year in the 2019 format, the oldest the portal lists. */
  static final int FIRST_YEAR = 2019;

  private final AnnualReports reports;

  ReportTexts(AnnualReports reports) {
    this.reports = reports;
  }

  /** A report as the portal shows it. */
  record Published(Report report, Narrative narrative, boolean compiled) {}

  Published forPortal(Agency agency, int year) {
    Report report = reports.compile(agency.code(), year, ReportScope.defaultFor(agency), ReportFormat.forYear(year));
    return new Published(report, Narrative.empty(), true);
  }

  /** The years the portal lists for an agency, newest first. */
  List<Integer> years(Agency agency) {
    List<Integer> years = new ArrayList<>();
    for (int y = Year.now().getValue() - 1; y >= FIRST_YEAR; y--) {
      years.add(y);
    }
    return years;
  }
}
