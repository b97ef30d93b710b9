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
import org.gongkai.report.workflow.AnnualReportWorkflow;
import org.gongkai.report.workflow.FrozenTables;
import org.gongkai.report.workflow.StoredReport;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The report the portal shows for an agency and year, with its narrative sections. */
@Component
class ReportTexts {

  /** The first year in the 2019 format, the oldest the portal lists. */
  static final int FIRST_YEAR = 2019;

  private final AnnualReports reports;
  private final AnnualReportWorkflow workflow;

  ReportTexts(AnnualReports reports, AnnualReportWorkflow workflow) {
    this.reports = reports;
    this.workflow = workflow;
  }

  /**
   * A report as the portal shows it: the newest published version (frozen), or, before publication,
   * the tables compiled from the records.
   */
  record Published(Report report, Narrative narrative, boolean compiled, StoredReport stored) {}

  Published forPortal(Agency agency, int year) {
    Optional<StoredReport> published = workflow.published(agency.code(), year);
    if (published.isPresent()) {
      StoredReport s = published.get();
      return new Published(FrozenTables.thaw(s.tablesJson()), new Narrative(s.overview(), s.problems(), s.otherMatters()),
          false, s);
    }
    Report report = reports.compile(agency.code(), year, ReportScope.defaultFor(agency), ReportFormat.forYear(year));
    return new Published(report, Narrative.empty(), true, null);
  }

  /** The published reports of the agency, newest year first, one per year (its newest version). */
  List<StoredReport> published(Agency agency) {
    List<StoredReport> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (StoredReport s : workflow.publishedVersions(agency.code())) {
      if (seen.add(s.year())) {
        out.add(s);
      }
    }
    return out;
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
