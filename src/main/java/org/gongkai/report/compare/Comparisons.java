package org.gongkai.report.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyTree;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.compare.SideBySide.Row;
import org.gongkai.report.model.Report;
import org.gongkai.report.compare.SideBySide.RowMode;
import org.gongkai.report.workflow.AnnualReportWorkflow;
import org.gongkai.report.workflow.FrozenTables;
import org.gongkai.report.workflow.StoredReport;
import org.springframework.stereotype.Service;

/**
 * Comparisons of annual-report figures: one agency over the years, and the agencies under a
 * supervisor side by side. Every figure comes from the report itself — the tables frozen in the
 * newest published version where the report of that agency, year and scope is published, otherwise
 * compiled by {@link AnnualReports} from the records — so a comparison never counts differently
 * from the reports it compares.
 */
@Service
public class Comparisons {

  /** The first report year (the regulation took effect on 1 May 2008). */
  public static final int FIRST_YEAR = 2008;

  /** The most years one comparison shows. */
  public static final int MAX_YEARS = 20;

  private final Agencies agencies;
  private final AnnualReports reports;
  private final AnnualReportWorkflow workflow;

  Comparisons(Agencies agencies, AnnualReports reports, AnnualReportWorkflow workflow) {
    this.agencies = agencies;
    this.reports = reports;
    this.workflow = workflow;
  }

  /**
   * The agency's key figures for every year from {@code from} to {@code to}, each with the change
   * against the year before.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  public YearOverYear yearOverYear(String agencyCode, int from, int to, ReportScope scope) {
    Agency agency = agencies.require(agencyCode);
    Map<Integer, StoredReport> published = new HashMap<>();
    for (StoredReport r : workflow.publishedVersions(agencyCode)) {
      published.putIfAbsent(r.year(), r);
    }
    KeyFigures previous = from > FIRST_YEAR ? figures(agency, from - 1, scope, published.get(from - 1)).figures() : null;
    List<YearOverYear.Year> years = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      Figures f = figures(agency, y, scope, published.get(y));
      years.add(new YearOverYear.Year(y, f, previous));
      previous = f.figures();
    }
    return new YearOverYear(agency, scope, from, to, years);
  }

  /**
   * The agencies under {@code agencyCode} on the year: in {@link RowMode#CHILDREN} the agency alone
   * (本级) and each agency directly below it with its own subtree, in {@link RowMode#ALL} every agency
   * of the area alone. Either way the rows add up to the area.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  public SideBySide sideBySide(String agencyCode, int year, RowMode mode) {
    Agency agency = agencies.require(agencyCode);
    AgencyTree tree = agencies.tree();
    List<Row> wanted = new ArrayList<>();
    if (mode == RowMode.CHILDREN) {
      wanted.add(new Row(agency, ReportScope.SELF, true, null));
      for (Agency child : tree.children(agencyCode)) {
        wanted.add(new Row(child, tree.children(child.code()).isEmpty() ? ReportScope.SELF : ReportScope.SUBTREE, false, null));
      }
    } else {
      for (Agency a : tree.subtree(agencyCode)) {
        wanted.add(new Row(a, ReportScope.SELF, a.code().equals(agencyCode), null));
      }
    }
    Map<String, StoredReport> published = workflow.published(year, wanted.stream().map(r -> r.agency().code()).toList());
    // compiled at once (set-based) for the rows without a published report of their scope
    Map<String, ReportScope> toCompile = new LinkedHashMap<>();
    for (Row w : wanted) {
      if (frozen(published.get(w.agency().code()), w.scope()) == null) {
        toCompile.put(w.agency().code(), w.scope());
      }
    }
    Map<String, Report> compiled = reports.figuresEach(toCompile, year, ReportFormat.forYear(year));
    List<Row> rows = new ArrayList<>(wanted.size());
    for (Row w : wanted) {
      Figures f = frozen(published.get(w.agency().code()), w.scope());
      if (f == null) {
        f = new Figures(KeyFigures.of(compiled.get(w.agency().code())), FigureSource.COMPILED, null);
      }
      rows.add(new Row(w.agency(), w.scope(), w.own(), f));
    }
    KeyFigures totals = KeyFigures.sum(rows.stream().map(r -> r.figures().figures()).toList());
    StoredReport area = published.get(agencyCode);
    Figures publishedArea = frozen(area, ReportScope.SUBTREE);
    return new SideBySide(agency, year, mode, rows, totals, publishedArea);
  }

  /** The figures of a published report of the same scope, or compiled ones. */
  private Figures figures(Agency agency, int year, ReportScope scope, StoredReport published) {
    Figures frozen = frozen(published, scope);
    return frozen != null ? frozen
        : new Figures(KeyFigures.of(reports.figures(agency.code(), year, scope, ReportFormat.forYear(year))),
            FigureSource.COMPILED, null);
  }

  /** The frozen figures of a published report of the scope, or null. */
  private static Figures frozen(StoredReport published, ReportScope scope) {
    if (published == null || !published.scope().equals(scope.key()) || published.tablesJson() == null) {
      return null;
    }
    return new Figures(KeyFigures.of(FrozenTables.thaw(published.tablesJson())), FigureSource.PUBLISHED, published.version());
  }
}
