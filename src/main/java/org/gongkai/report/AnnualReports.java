package org.gongkai.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles sections 二, 三 and 四 of an agency's annual report from the figures the other modules
 * provide ({@link ProactiveFigures}, {@link RequestFigures}, {@link AppealFigures}), by the
 * definitions of {@code docs/annual-report.md}; computes the totals and runs the cross-checks.
 * Every compilation reads one snapshot of the database (a read-only repeatable-read transaction),
 * so its figures and last year's agree even while records change.
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
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Report compile(String agencyCode, int year) {
    Agency agency = agencies.require(agencyCode);
    return compile(agencyCode, year, ReportScope.defaultFor(agency), ReportFormat.forYear(year));
  }

  /**
   * Compiles the report, with the cross-checks against last year's report.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Report compile(String agencyCode, int year, ReportScope scope, ReportFormat format) {
    Agency agency = agencies.require(agencyCode);
    Set<String> codes = scopeCodes(agency, scope);
    ReportFormat lastFormat = ReportFormat.forYear(year - 1);
    Counted[] counted = countWithLastYear(codes, year, format, lastFormat);
    Report report = assemble(agency, TOGETHER, year, scope, format, counted[0]);
    Report lastYear = hasProviders() ? assemble(agency, TOGETHER, year - 1, scope, lastFormat, counted[1]) : null;
    return checked(report, lastYear);
  }

  /**
   * Every agency's report on the year in its default scope and the year's format, with the
   * cross-checks against last year — as {@link #compile(String, int)} gives them one by one, but
   * set-based: each provider counts once for all the agencies involved, and a subtree report is the
   * sum of its agencies' own figures (each record counts for the one agency that handles it).
   *
   * @return agency code → report, in the order given
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Map<String, Report> compileEach(Collection<String> agencyCodes, int year) {
    Map<String, ReportScope> scopes = new LinkedHashMap<>();
    for (String code : agencyCodes) {
      scopes.put(code, ReportScope.defaultFor(agencies.require(code)));
    }
    Map<String, Report> reports = assembleEach(scopes, year, ReportFormat.forYear(year), false);
    Map<String, Report> lastYear = hasProviders()
        ? assembleEach(scopes, year - 1, ReportFormat.forYear(year - 1), true) : Map.of();
    reports.replaceAll((code, report) -> checked(report, lastYear.get(code)));
    return reports;
  }

  /**
   * The tables alone, with the totals and the cross-checks within the year but without compiling
   * last year's report for the cross-year rules: for comparisons over many years.
   *
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Report figures(String agencyCode, int year, ReportScope scope, ReportFormat format) {
    Agency agency = agencies.require(agencyCode);
    Set<String> codes = scopeCodes(agency, scope);
    return checked(assemble(agency, TOGETHER, year, scope, format, count(codes, year, format, false, false)), null);
  }

  /**
   * The tables of many agencies on one year, each in its given scope, without last year's report:
   * for comparisons side by side. Set-based like {@link #compileEach}.
   *
   * @return agency code → report, in the order given
   * @throws org.gongkai.shared.NotFoundException for an unknown agency
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Map<String, Report> figuresEach(Map<String, ReportScope> scopes, int year, ReportFormat format) {
    Map<String, Report> reports = assembleEach(scopes, year, format, false);
    reports.replaceAll((code, report) -> checked(report, null));
    return reports;
  }

  private Map<String, Report> assembleEach(Map<String, ReportScope> scopes, int year, ReportFormat format, boolean stockOnly) {
    Map<String, Set<String>> codes = new LinkedHashMap<>();
    Set<String> all = new LinkedHashSet<>();
    scopes.forEach((code, scope) -> {
      Set<String> c = scopeCodes(agencies.require(code), scope);
      codes.put(code, c);
      all.addAll(c);
    });
    Counted counted = count(all, year, format, stockOnly, true);
    Map<String, Report> reports = new LinkedHashMap<>();
    scopes.forEach((code, scope) ->
        reports.put(code, assemble(agencies.require(code), codes.get(code), year, scope, format, counted)));
    return reports;
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

  private boolean hasProviders() {
    return requests.orderedStream().findAny().isPresent() || proactive.orderedStream().findAny().isPresent();
  }

  private Set<String> scopeCodes(Agency agency, ReportScope scope) {
    Set<String> codes = new LinkedHashSet<>();
    if (scope == ReportScope.SUBTREE) {
      agencies.tree().subtree(agency.code()).forEach(a -> codes.add(a.code()));
    } else {
      codes.add(agency.code());
    }
    return codes;
  }

  /** {@link #count}'s figures of all its agencies together. */
  private static final Set<String> TOGETHER = Set.of(FigureTally.ALL);

  /**
   * What the providers counted for one year: the cells of every provider merged, agency by agency
   * or all together under {@link FigureTally#ALL}, each as an array in the order of the format's cell keys;
   * and the sections no provider serves.
   */
  private record Counted(ReportFormat format, Map<String, Number[]> cells, List<String> withoutSource) {}

  private Counted count(Set<String> codes, int year, ReportFormat format, boolean stockOnly, boolean perAgency) {
    Set<String> scope = Set.copyOf(codes);
    Counted counted = new Counted(format, new HashMap<>(), new ArrayList<>());
    if (perAgency) {
      gather(counted, "proactive", proactive, p -> p.proactiveEach(scope, year, format, stockOnly));
      gather(counted, "requests", requests, p -> p.requestsEach(scope, year, format));
      if (!stockOnly) {
        gather(counted, "appeals", appeals, p -> p.appealsEach(scope, year));
      }
    } else {
      gather(counted, "proactive", proactive, p -> Map.of(FigureTally.ALL, p.proactive(scope, year, format)));
      gather(counted, "requests", requests, p -> Map.of(FigureTally.ALL, p.requests(scope, year, format)));
      gather(counted, "appeals", appeals, p -> Map.of(FigureTally.ALL, p.appeals(scope, year)));
    }
    return counted;
  }

  /** The scope's figures of the year and of last year (what the providers give of it), together. */
  private Counted[] countWithLastYear(Set<String> codes, int year, ReportFormat format, ReportFormat lastFormat) {
    Set<String> scope = Set.copyOf(codes);
    Counted now = new Counted(format, new HashMap<>(), new ArrayList<>());
    Counted last = new Counted(lastFormat, new HashMap<>(), new ArrayList<>());
    List<WithLastYear> proactiveFigures = proactive.orderedStream()
        .map(p -> p.proactiveWithLastYear(scope, year, format, lastFormat)).toList();
    List<WithLastYear> requestFigures = requests.orderedStream()
        .map(p -> p.requestsWithLastYear(scope, year, format, lastFormat)).toList();
    gather(now, "proactive", proactiveFigures, w -> Map.of(FigureTally.ALL, w.year()));
    gather(last, "proactive", proactiveFigures, w -> Map.of(FigureTally.ALL, w.lastYear()));
    gather(now, "requests", requestFigures, w -> Map.of(FigureTally.ALL, w.year()));
    gather(last, "requests", requestFigures, w -> Map.of(FigureTally.ALL, w.lastYear()));
    gather(now, "appeals", appeals, p -> Map.of(FigureTally.ALL, p.appeals(scope, year)));
    return new Counted[] {now, last};
  }

  private static <P> void gather(Counted counted, String section, ObjectProvider<P> providers,
      Function<P, Map<String, FigureSet>> call) {
    gather(counted, section, providers.orderedStream().toList(), call);
  }

  /** Adds what each of {@code list} gives into {@code counted}; a section nobody gives is "without source". */
  private static <P> void gather(Counted counted, String section, List<P> list, Function<P, Map<String, FigureSet>> call) {
    if (list.isEmpty()) {
      counted.withoutSource().add(section);
      return;
    }
    Map<String, Integer> index = Layout.cellIndex(counted.format());
    int size = index.size();
    Set<String> unknown = new LinkedHashSet<>();
    for (P provider : list) {
      Map<String, FigureSet> each = call.apply(provider);
      if (each == null) {
        continue;
      }
      each.forEach((code, figures) -> {
        if (figures == null) {
          return;
        }
        Number[] cells = counted.cells().computeIfAbsent(code, c -> new Number[size]);
        figures.cells().forEach((key, value) -> {
          Integer at = index.get(key);
          if (at == null) {
            unknown.add(key);
          } else if (value != null) {
            cells[at] = cells[at] == null ? value : FigureSet.add(cells[at], value);
          }
        });
      });
      if (!unknown.isEmpty()) {
        log.warn("{} provides cells which are not in format {}: {}", provider.getClass().getSimpleName(),
            counted.format().key(), unknown);
        unknown.clear();
      }
    }
  }

  /** The report of the agencies {@code codes} (or of {@link #TOGETHER}): their figures added up, then the totals. */
  private static Report assemble(Agency agency, Set<String> codes, int year, ReportScope scope, ReportFormat format,
      Counted counted) {
    // a government's report on its area is titled by the area: 重庆市2020年政府信息公开工作年度报告
    String name = scope == ReportScope.SUBTREE && agency.name().endsWith("人民政府") && agency.name().length() > 4
        ? agency.name().substring(0, agency.name().length() - 4) : agency.name();
    Report report = new Report(format, year, agency.code(), name, scope.key());
    counted.withoutSource().forEach(section -> report.warn(section, NO_SOURCE));
    List<String> keys = Layout.cellKeys(format);
    Number[] sums = new Number[keys.size()];
    for (String code : codes) {
      Number[] cells = counted.cells().get(code);
      if (cells == null) {
        continue;
      }
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] != null) {
          sums[i] = sums[i] == null ? cells[i] : FigureSet.add(sums[i], cells[i]);
        }
      }
    }
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] != null) {
        report.set(keys.get(i), sums[i]);
      }
    }
    computeTotals(report);
    return report;
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
