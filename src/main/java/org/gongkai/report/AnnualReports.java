package org.gongkai.report;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.model.CrossChecks;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Layout.Field;
import org.gongkai.report.model.Layout.RequestRow;
import org.gongkai.report.model.Report;
import org.gongkai.report.model.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Compiles sections 二, 三 and 四 of an agency's annual report from the figures the other modules
 * provide ({@link ProactiveFigures}, {@link RequestFigures}, {@link AppealFigures}), by the
 * definitions of {@code docs/annual-report.md}; computes the totals and runs the cross-checks.
 */
@Service
public class AnnualReports {

  private static final Logger log = LoggerFactory.getLogger(AnnualReports.class);
  static final String NO_SOURCE = "尚无数据来源";

  private final Agencies agencies;
  private final ObjectProvider<ProactiveFigures> proactive;
  private final ObjectProvider<RequestFigures> requests;
  private final ObjectProvider<AppealFigures> appeals;

  AnnualReports(Agencies agencies, ObjectProvider<ProactiveFigures> proactive, ObjectProvider<RequestFigures> requests,
      ObjectProvider<AppealFigures> appeals) {
    this.agencies = agencies;
    this.proactive = proactive;
    this.requests = requests;
    this.appeals = appeals;
  }

  /** The report of the agency on the year, in the agency's default scope and the year's format. */
  public Report compile(String agencyCode, int year) {
    Agency agency = agencies.require(agencyCode);
    return compile(agencyCode, year, ReportScope.defaultFor(agency), ReportFormat.forYear(year));
  }

  /**
   * Compiles the report.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  public Report compile(String agencyCode, int year, ReportScope scope, ReportFormat format) {
    Report report = compileTables(agencyCode, year, scope, format);
    Report lastYear = requests.orderedStream().findAny().isPresent() || proactive.orderedStream().findAny().isPresent()
        ? compileTables(agencyCode, year - 1, scope, ReportFormat.forYear(year - 1))
        : null;
    return checked(report, lastYear);
  }

  /**
   * The tables alone, with the totals and the cross-checks within the year but without compiling
   * last year's report for the cross-year rules: for comparisons over many agencies or years.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  public Report figures(String agencyCode, int year, ReportScope scope, ReportFormat format) {
    return checked(compileTables(agencyCode, year, scope, format), null);
  }

  /** Runs the cross-checks; on a compiled report a violation is a bug in a provider. */
  private static Report checked(Report report, Report lastYear) {
    List<Violation> violations = CrossChecks.check(report, lastYear);
    report.violations().addAll(violations);
    for (Violation v : violations) {
      log.error("BUG: compiled annual report of {} for {} ({}) breaks {}: expected {}, found {} — {}",
          report.agencyCode(), report.year(), report.scope(), v.rule(), v.expected(), v.found(), v.message());
    }
    return report;
  }

  private Report compileTables(String agencyCode, int year, ReportScope scope, ReportFormat format) {
    Agency agency = agencies.require(agencyCode);
    Set<String> codes = new LinkedHashSet<>();
    if (scope == ReportScope.SUBTREE) {
      agencies.tree().subtree(agencyCode).forEach(a -> codes.add(a.code()));
    } else {
      codes.add(agencyCode);
    }
    Set<String> scopeCodes = Set.copyOf(codes);
    // a government's report on its area is titled by the area: 重庆市2020年政府信息公开工作年度报告
    String name = scope == ReportScope.SUBTREE && agency.name().endsWith("人民政府") && agency.name().length() > 4
        ? agency.name().substring(0, agency.name().length() - 4) : agency.name();
    Report report = new Report(format, year, agency.code(), name, scope.key());
    collect(report, "proactive", proactive, p -> p.proactive(scopeCodes, year, format));
    collect(report, "requests", requests, p -> p.requests(scopeCodes, year, format));
    collect(report, "appeals", appeals, p -> p.appeals(scopeCodes, year));
    computeTotals(report);
    return report;
  }

  private <P> void collect(Report report, String section, ObjectProvider<P> providers, Function<P, FigureSet> call) {
    List<P> list = providers.orderedStream().toList();
    if (list.isEmpty()) {
      report.warn(section, NO_SOURCE);
      return;
    }
    for (P provider : list) {
      FigureSet figures = call.apply(provider);
      if (figures == null) {
        continue;
      }
      for (Map.Entry<String, Number> cell : figures.cells().entrySet()) {
        if (cell.getValue() == null) {
          continue;
        }
        if (!report.has(cell.getKey())) {
          log.warn("{} provides cell {} which is not in format {}", provider.getClass().getSimpleName(), cell.getKey(),
              report.format().key());
          continue;
        }
        Number before = report.get(cell.getKey());
        report.set(cell.getKey(), before == null ? cell.getValue() : add(before, cell.getValue()));
      }
    }
  }

  private static Number add(Number a, Number b) {
    if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof Double || b instanceof Double) {
      return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
    }
    return a.longValue() + b.longValue();
  }

  /** The 总计 column, the （七）总计 row and the appeal totals, from their parts. */
  static void computeTotals(Report report) {
    List<RequestRow> outcomes = Layout.outcomeRows(report.format());
    for (Field column : Layout.APPLICANT_COLUMNS) {
      Long sum = 0L;
      for (RequestRow row : outcomes) {
        Long v = report.count("requests." + row.key() + "." + column.key());
        sum = v == null || sum == null ? null : sum + v;
      }
      if (sum != null) {
        report.set("requests.handledTotal." + column.key(), sum);
      }
    }
    for (RequestRow row : Layout.requests(report.format())) {
      Long sum = 0L;
      for (Field column : Layout.APPLICANT_COLUMNS) {
        Long v = report.count("requests." + row.key() + "." + column.key());
        sum = v == null || sum == null ? null : sum + v;
      }
      if (sum != null) {
        report.set("requests." + row.key() + ".total", sum);
      }
    }
    for (Field block : Layout.APPEAL_BLOCKS) {
      String p = "appeals." + block.key() + ".";
      Long sum = 0L;
      for (String f : List.of("upheld", "corrected", "other", "pending")) {
        Long v = report.count(p + f);
        sum = v == null || sum == null ? null : sum + v;
      }
      if (sum != null) {
        report.set(p + "total", sum);
      }
    }
  }
}
