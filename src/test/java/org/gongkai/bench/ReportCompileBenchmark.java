package org.gongkai.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gongkai.Gongkai;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.CaseResult;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.AppealFigures;
import org.gongkai.report.ProactiveFigures;
import org.gongkai.report.RequestFigures;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.model.Report;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ReplyOutcome;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * City-scale compile benchmark of the annual report (issue 5, "Performance"). In one run: starts an
 * embedded PostgreSQL, applies the migrations, generates the city-scale data set in SQL
 * ({@link CityScaleData}), starts Gongkai on it (no demo data, no search indexing), then measures
 *
 * <ol type="a">
 *   <li>compiling the city-wide report (subtree scope) of a year through {@link AnnualReports#compile}
 *       — the path of the API, the portal and the editor, including last year's figures for the
 *       cross-checks;
 *   <li>one hand-written SQL statement computing the same figures of the year (the limit), whose
 *       result is checked cell by cell against the compiled report;
 *   <li>compiling every agency's report (self scope, subtree for governments): set-based with
 *       {@link AnnualReports#compileEach}, and one by one with {@link AnnualReports#compile}, checked
 *       against each other.
 * </ol>
 *
 * <pre>
 * bench/report-compile.sh [scale=1] [--agencies 1000] [--year 2020] [--runs 3] [--skip-one-by-one] [--explain] [--breakdown]
 * </pre>
 *
 * {@code scale} multiplies the record counts (1 = 10 million decisions, 1 million catalog items,
 * 500,000 requests); 0.01 is a smoke run. {@code --breakdown} times each provider's share of the
 * compile; with it, the environment variable {@code BENCH_SQL} may hold statements (separated by
 * {@code ;;}, one {@code ?} for the city's agency codes) to time and explain as well.
 */
public final class ReportCompileBenchmark {

  private ReportCompileBenchmark() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    double scale = 1;
    int agencies = 1000;
    int year = 2020;
    int runs = 3;
    boolean oneByOne = true;
    boolean explain = false;
    boolean breakdown = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--agencies" -> agencies = Integer.parseInt(args[++i]);
        case "--year" -> year = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--skip-one-by-one" -> oneByOne = false;
        case "--explain" -> explain = true;
        case "--breakdown" -> breakdown = true;
        default -> scale = Double.parseDouble(args[i]);
      }
    }
    CityScaleData data = new CityScaleData(scale, agencies);
    System.out.printf(Locale.ROOT, "== annual-report compile benchmark: scale %s, report year %d%n   %s%n   load average %s%n",
        scale, year, data, loadAverage());
    Map<String, String> settings = Map.of("shared_buffers", "1GB", "work_mem", "64MB", "maintenance_work_mem", "1GB",
        "max_wal_size", "8GB", "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off",
        "effective_cache_size", "4GB", "max_connections", "100");
    try (BenchPostgres pg = BenchPostgres.start(settings)) {
      long t0 = System.nanoTime();
      data.generate(pg.dataSource());
      System.out.printf(Locale.ROOT, "   data set generated in %.1f s; database size %s%n", secs(t0), databaseSize(pg.dataSource()));
      Path dir = Files.createTempDirectory("bench-gongkai");
      try (ConfigurableApplicationContext app = startGongkai(pg.jdbcUrl(), dir)) {
        measure(app, year, runs, oneByOne, explain, breakdown);
      } finally {
        try (var paths = Files.walk(dir)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void measure(ConfigurableApplicationContext app, int year, int runs, boolean oneByOne, boolean explain,
      boolean breakdown) throws Exception {
    AnnualReports reports = app.getBean(AnnualReports.class);
    Agencies agencies = app.getBean(Agencies.class);
    DataSource ds = app.getBean(DataSource.class);
    ReportFormat format = ReportFormat.forYear(year);
    List<String> city = agencies.tree().subtree(CityScaleData.CITY).stream().map(Agency::code).toList();
    Limit limit = new Limit(city, year, format);

    // warm-up: JIT, connection pool, PostgreSQL's buffers
    reports.compile(CityScaleData.CITY, year, ReportScope.SUBTREE, format);
    Map<String, BigDecimal> limitCells = limit.run(ds);
    if (explain) {
      limit.explain(ds);
    }

    double[] compileTimes = new double[runs];
    double[] limitTimes = new double[runs];
    Report compiled = null;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      limitCells = limit.run(ds);
      limitTimes[i] = secs(t);
      t = System.nanoTime();
      compiled = reports.compile(CityScaleData.CITY, year, ReportScope.SUBTREE, format);
      compileTimes[i] = secs(t);
    }
    if (breakdown) {
      breakdown(app, new java.util.HashSet<>(city), year, format);
    }
    List<String> differences = differences(compiled, limitCells);
    double compileMedian = median(compileTimes);
    double limitMedian = median(limitTimes);
    System.out.printf(Locale.ROOT, "== (a) city-wide %d report (subtree, %d agencies) through AnnualReports.compile:"
        + " median %.3f s of %d runs %s; %d cross-check violations; %,d requests received%n", year, city.size(), compileMedian, runs,
        Arrays.toString(round(compileTimes)), compiled.violations().size(), compiled.count("requests.received.total"));
    System.out.printf(Locale.ROOT, "== (b) one hand-written SQL statement, same figures (the limit): median %.3f s %s;"
        + " %d cells, %s%n", limitMedian, Arrays.toString(round(limitTimes)), limitCells.size(),
        differences.isEmpty() ? "every cell equal to the compiled report" : differences.size() + " cells differ: " + differences);
    System.out.printf(Locale.ROOT, "   ratio compile / limit: %.2f (goal <= 1.5)   load average %s%n",
        compileMedian / limitMedian, loadAverage());

    List<String> all = agencies.tree().all().stream().map(Agency::code).toList();
    long governments = agencies.tree().all().stream().filter(a -> ReportScope.defaultFor(a) == ReportScope.SUBTREE).count();
    long t = System.nanoTime();
    Map<String, Report> each = reports.compileEach(all, year);
    double eachSecs = secs(t);
    long violations = each.values().stream().mapToLong(r -> r.violations().size()).sum();
    System.out.printf(Locale.ROOT, "== (c) every agency's %d report (%,d reports: %d governments in subtree scope, the rest self)"
        + " with AnnualReports.compileEach: %.2f s (goal < 60 s); %d violations   load average %s%n", year, each.size(),
        governments, eachSecs, violations, loadAverage());
    if (oneByOne) {
      t = System.nanoTime();
      int differ = 0;
      for (String code : all) {
        Report r = reports.compile(code, year);
        if (!r.cells().equals(each.get(code).cells())) {
          differ++;
        }
      }
      double oneSecs = secs(t);
      System.out.printf(Locale.ROOT, "   the same %,d reports one by one with AnnualReports.compile: %.2f s (%.1f ms each);"
          + " %s   load average %s%n", all.size(), oneSecs, oneSecs * 1000 / all.size(),
          differ == 0 ? "every report equal to compileEach's" : differ + " reports differ from compileEach's", loadAverage());
    }
  }

  /** Where the compile's time goes: each provider's call for the year alone, and with last year's stock. */
  private static void breakdown(ConfigurableApplicationContext app, java.util.Set<String> codes, int year, ReportFormat format) {
    ReportFormat last = ReportFormat.forYear(year - 1);
    app.getBeansOfType(ProactiveFigures.class).forEach((name, p) -> {
      time(name + ".proactive", () -> p.proactive(codes, year, format));
      time(name + ".proactiveWithLastYear", () -> p.proactiveWithLastYear(codes, year, format, last));
    });
    app.getBeansOfType(RequestFigures.class).forEach((name, p) -> {
      time(name + ".requests", () -> p.requests(codes, year, format));
      time(name + ".requestsWithLastYear", () -> p.requestsWithLastYear(codes, year, format, last));
    });
    app.getBeansOfType(AppealFigures.class).forEach((name, p) -> time(name + ".appeals", () -> p.appeals(codes, year)));
    if (System.getenv("BENCH_SQL") != null) {
      org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(app.getBean(DataSource.class));
      String[] array = codes.toArray(String[]::new);
      for (String sql : System.getenv("BENCH_SQL").split(";;")) {
        time(sql.substring(0, Math.min(50, sql.length())), () -> jdbc.query(sql, rs -> { }, (Object) array));
        jdbc.query("explain (analyze, buffers) " + sql, rs -> {
          String line = rs.getString(1);
          System.out.println("     " + (line.length() > 160 ? line.substring(0, 160) : line));
        }, (Object) array);
      }
    }
  }

  private static void time(String what, Runnable call) {
    double[] t = new double[3];
    for (int i = 0; i < t.length; i++) {
      long start = System.nanoTime();
      call.run();
      t[i] = secs(start);
    }
    System.out.printf(Locale.ROOT, "   %-52s %.3f s (median of 3)%n", what, median(t));
  }

  /** Gongkai on the benchmark database: no demo data, no search index build, a random port. */
  private static ConfigurableApplicationContext startGongkai(String jdbcUrl, Path dir) {
    SpringApplication app = new SpringApplication(Gongkai.class);
    // the catalog's search source would index a million items while we measure
    app.addInitializers(ctx -> ctx.addBeanFactoryPostProcessor(bf -> {
      if (bf instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition("catalogSearchSource")) {
        registry.removeBeanDefinition("catalogSearchSource");
      }
    }));
    long t = System.nanoTime();
    ConfigurableApplicationContext ctx = app.run(
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
        "--gongkai.demo=false", "--gongkai.data-dir=" + dir, "--server.port=0", "--spring.main.banner-mode=off",
        "--gongkai.security.initial-admin-password=Bench-Password-2026!", "--logging.level.root=WARN",
        "--gongkai.catalog.publish-interval-ms=3600000");
    System.out.printf(Locale.ROOT, "   Gongkai started in %.1f s%n", secs(t));
    return ctx;
  }

  /** The limit: every figure of the year's report in one hand-written SQL statement. */
  static final class Limit {

    private final List<String> codes;
    private final int year;
    private final ReportFormat format;
    private final String sql;
    private final int arrays;

    Limit(List<String> codes, int year, ReportFormat format) {
      this.codes = codes;
      this.year = year;
      this.format = format;
      boolean f2019 = format == ReportFormat.F2019;
      List<PowerItemKind> decisionKinds = f2019
          ? List.of(PowerItemKind.LICENSING, PowerItemKind.OTHER_MANAGEMENT_SERVICE, PowerItemKind.PENALTY, PowerItemKind.COERCION)
          : List.of(PowerItemKind.LICENSING, PowerItemKind.PENALTY, PowerItemKind.COERCION);
      List<PowerItemKind> listKinds = List.of(PowerItemKind.LICENSING, PowerItemKind.OTHER_MANAGEMENT_SERVICE,
          PowerItemKind.PENALTY, PowerItemKind.COERCION, PowerItemKind.FEE);
      String columns = Arrays.stream(ApplicantType.values())
          .map(t -> "('" + t.name() + "', '" + t.column() + "')").collect(Collectors.joining(", "));
      String rows = Arrays.stream(ReplyOutcome.values())
          .map(o -> "('" + o.name() + "', '" + o.rowKey(format) + "')").collect(Collectors.joining(", "));
      String results = Arrays.stream(CaseResult.values())
          .map(r -> "('" + r.name() + "', '" + r.reportKey() + "')").collect(Collectors.joining(", "));
      String kinds = decisionKinds.stream().map(k -> "('" + k.name() + "', '" + k.reportKey() + "')").collect(Collectors.joining(", "));
      String lists = listKinds.stream().map(k -> "('" + k.name() + "', '" + k.reportKey() + "')").collect(Collectors.joining(", "));
      this.sql = """
          with cat as (
            select case kind when 'RULE' then 'rules' else 'normativeDocuments' end as k,
              count(*) filter (where written_on between {S} and {E}) as made,
              count(*) filter (where published_on between {S} and {E}) as published,
              count(*) filter (where published_on <= {E} and (ended_on is null or ended_on > {E})) as in_force,
              count(*) filter (where ended_on between {S} and {E}) as ended
            from catalog_item
            where kind in ('RULE', 'NORMATIVE_DOCUMENT') and state = 'PUBLISHED' and published_on is not null
              and agency_code = any(?) group by kind),
          dec as (select kind, count(*) as n from decision
            where agency_code = any(?) and decision_date between {S} and {E} group by kind),
          fil as (select f.cell_key, sum(f.value) as v from filed_statistic s join filed_figure f on f.statistic_id = s.id
            where s.agency_code = any(?) and s.year = {Y} and s.status = 'APPROVED' group by 1),
          lst as (select l.year, i.kind, count(*) as n from power_list l join power_item i on i.list_id = l.id
            where l.agency_code = any(?) and l.year in ({Y} - 1, {Y}) group by 1, 2),
          req as (select applicant_type,
              count(*) filter (where received_on between {S} and {E}) as received,
              count(*) filter (where received_on < {S} and (closed_on is null or closed_on >= {S})) as carried_from,
              count(*) filter (where received_on <= {E} and (closed_on is null or closed_on > {E})) as carried_to
            from disclosure_request
            where agency_code = any(?) and received_on <= {E} and (closed_on is null or closed_on >= {S}) group by 1),
          outc as (select applicant_type, outcome, count(*) as n from disclosure_request
            where agency_code = any(?) and closed_on between {S} and {E} group by 1, 2),
          app as (select case when route is null then 'reconsideration' when route = 'DIRECT' then 'litigationDirect'
                    else 'litigationAfterReconsideration' end as block,
                  case when result <> 'PENDING' and decided_on <= {E} then result else 'PENDING' end as result, count(*) as n
            from appeal_case where agency_code = any(?) and received_on <= {E}
              and (received_on >= {S} or decided_on is null or decided_on >= {S}) group by 1, 2),
          cols(type, col) as (values COLUMNS),
          outcome_rows(outcome, row_key) as (values ROWS),
          results(result, key) as (values RESULTS),
          decision_kinds(kind, key) as (values KINDS),
          list_kinds(kind, key) as (values LISTS)
          """.replace("COLUMNS", columns).replace("ROWS", rows).replace("RESULTS", results).replace("KINDS", kinds)
          .replace("LISTS", lists)
          + (f2019
              ? """
                select 'proactive.' || k || '.newlyMade', made::numeric from cat
                union all select 'proactive.' || k || '.newlyPublished', published from cat
                union all select 'proactive.' || k || '.totalPublished', in_force from cat
                union all select 'proactive.' || l.key || '.itemsLastYear', coalesce(sum(n) filter (where year = {Y} - 1), 0)
                  from list_kinds l left join lst on lst.kind = l.kind group by l.key
                union all select 'proactive.' || l.key || '.itemsChange',
                    coalesce(sum(n) filter (where year = {Y}), 0) - coalesce(sum(n) filter (where year = {Y} - 1), 0)
                  from list_kinds l left join lst on lst.kind = l.kind group by l.key
                union all select 'proactive.' || cell_key, v from fil where cell_key like 'centralizedProcurement.%'
                """
              : """
                select 'proactive.' || k || '.made', made::numeric from cat
                union all select 'proactive.' || k || '.repealed', ended from cat
                union all select 'proactive.' || k || '.inForce', in_force from cat
                union all select 'proactive.' || cell_key, v from fil where cell_key = 'administrativeFees.amountWanYuan'
                """)
          + """
          union all select 'proactive.' || d.key || '.decisions', coalesce(dec.n, 0) + coalesce(fil.v, 0)
            from decision_kinds d left join dec on dec.kind = d.kind left join fil on fil.cell_key = d.key || '.decisions'
          union all select 'requests.received.' || col, received from req join cols on cols.type = req.applicant_type
          union all select 'requests.carriedOverFromLastYear.' || col, carried_from from req join cols on cols.type = req.applicant_type
          union all select 'requests.carriedOverToNextYear.' || col, carried_to from req join cols on cols.type = req.applicant_type
          union all select 'requests.' || row_key || '.' || col, sum(n) from outc
            join cols on cols.type = outc.applicant_type join outcome_rows o on o.outcome = outc.outcome group by row_key, col
          union all select 'appeals.' || block || '.' || key, n from app join results on results.result = app.result
          """;
      this.arrays = 7;
    }

    private String sql() {
      return sql.replace("{S}", "date '" + year + "-01-01'").replace("{E}", "date '" + year + "-12-31'")
          .replace("{Y}", String.valueOf(year));
    }

    Map<String, BigDecimal> run(DataSource ds) throws Exception {
      Map<String, BigDecimal> cells = new HashMap<>();
      try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql())) {
        Array array = c.createArrayOf("varchar", codes.toArray());
        for (int i = 1; i <= arrays; i++) {
          ps.setArray(i, array);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            cells.merge(rs.getString(1), rs.getBigDecimal(2), BigDecimal::add);
          }
        }
      }
      return cells;
    }

    void explain(DataSource ds) throws Exception {
      try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql())) {
        Array array = c.createArrayOf("varchar", codes.toArray());
        for (int i = 1; i <= arrays; i++) {
          ps.setArray(i, array);
        }
        try (ResultSet rs = ps.executeQuery()) {
          System.out.println("   plan of the limit:");
          while (rs.next()) {
            System.out.println("     " + rs.getString(1));
          }
        }
      }
    }
  }

  /** The cells where the limit and the compiled report disagree (a blank compiled cell counts as 0). */
  private static List<String> differences(Report compiled, Map<String, BigDecimal> limit) {
    List<String> out = new ArrayList<>();
    limit.forEach((key, value) -> {
      Number got = compiled.get(key);
      BigDecimal g = got == null ? BigDecimal.ZERO : new BigDecimal(got.toString());
      if (!compiled.has(key) || g.compareTo(value) != 0) {
        out.add(key + ": limit " + value + ", compiled " + got);
      }
    });
    return out;
  }

  private static String databaseSize(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
        .executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "?";
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double[] round(double[] v) {
    return Arrays.stream(v).map(x -> Math.round(x * 1000) / 1000.0).toArray();
  }
}
