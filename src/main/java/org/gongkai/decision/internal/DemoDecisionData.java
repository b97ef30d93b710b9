package org.gongkai.decision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.decision.PowerItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo power lists, decisions and filings whose sum over the whole city reproduces section 二 of
 * Chongqing's 2020 report: the 2019 lists hold 上一年项目数量, the 2020 lists (copies of 2019, then
 * edited) differ by 本年增/减; a few thousand decisions are kept as records for four agencies and
 * every other decision is an approved filed count — for those four the filed count is the city
 * share minus the records, so each agency's sum is exact and nothing is counted twice.
 */
@Component
@Order(60)
class DemoDecisionData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDecisionData.class);

  /** Section 二 of the 2020 report of Chongqing (the seed). */
  static final Map<PowerItemKind, long[]> SEED_ITEMS = new EnumMap<>(Map.of(
      PowerItemKind.LICENSING, new long[] {683, -28},
      PowerItemKind.OTHER_MANAGEMENT_SERVICE, new long[] {1347, -240},
      PowerItemKind.PENALTY, new long[] {3898, 63},
      PowerItemKind.COERCION, new long[] {191, 17},
      PowerItemKind.FEE, new long[] {36, -5}));
  static final Map<PowerItemKind, Long> SEED_DECISIONS = new EnumMap<>(Map.of(
      PowerItemKind.LICENSING, 5_189_052L,
      PowerItemKind.OTHER_MANAGEMENT_SERVICE, 5_159_611L,
      PowerItemKind.PENALTY, 4_053_811L,
      PowerItemKind.COERCION, 72_836L));
  static final long SEED_PROCUREMENT_PROJECTS = 23_218;
  static final long SEED_PROCUREMENT_WAN_YUAN = 3_700_000;
  /** Agencies that keep their decisions here (partly): records per kind in 2020. */
  static final Map<String, Map<PowerItemKind, Integer>> RECORD_AGENCIES = new LinkedHashMap<>();

  static {
    RECORD_AGENCIES.put("500000B27", Map.of(PowerItemKind.LICENSING, 600, PowerItemKind.PENALTY, 500, PowerItemKind.COERCION, 20, PowerItemKind.OTHER_MANAGEMENT_SERVICE, 150));
    RECORD_AGENCIES.put("500000B13", Map.of(PowerItemKind.LICENSING, 300, PowerItemKind.PENALTY, 350, PowerItemKind.COERCION, 15));
    RECORD_AGENCIES.put("500101B05", Map.of(PowerItemKind.LICENSING, 400, PowerItemKind.PENALTY, 300, PowerItemKind.COERCION, 10, PowerItemKind.OTHER_MANAGEMENT_SERVICE, 100));
    RECORD_AGENCIES.put("500101B04", Map.of(PowerItemKind.LICENSING, 250, PowerItemKind.PENALTY, 120, PowerItemKind.OTHER_MANAGEMENT_SERVICE, 60));
  }

  private final Agencies agencies;
  private final JdbcClient jdbc;
  private final DecisionImporter importer;
  private final TransactionTemplate tx;
  private final boolean enabled;

  DemoDecisionData(Agencies agencies, JdbcClient jdbc, DecisionImporter importer, TransactionTemplate tx,
      @Value("${gongkai.demo:true}") boolean enabled) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.importer = importer;
    this.tx = tx;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!enabled || agencies.tree().size() == 0) {
      return;
    }
    long existing = jdbc.sql("select (select count(*) from power_list) + (select count(*) from decision) + (select count(*) from filed_statistic)")
        .query(Long.class).single();
    if (existing > 0) {
      return;
    }
    long started = System.nanoTime();
    List<Agency> all = agencies.tree().all();
    List<Agency> departments = all.stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).toList();
    List<Agency> townships = all.stream().filter(a -> a.kind() == AgencyKind.TOWNSHIP).toList();
    List<Agency> governments = all.stream().filter(a -> a.kind() == AgencyKind.GOVERNMENT).toList();
    List<Agency> withLists = new ArrayList<>(departments);
    withLists.addAll(townships);
    tx.executeWithoutResult(s -> powerLists(departments, townships));
    int records = decisionRecords();
    tx.executeWithoutResult(s -> filings(withLists, governments, departments));
    log.info("演示数据：权力清单、处理决定 {} 条和统计填报已载入（{} ms）", records, (System.nanoTime() - started) / 1_000_000);
  }

  // --- power lists ---

  private void powerLists(List<Agency> departments, List<Agency> townships) {
    List<Agency> both = new ArrayList<>(departments);
    both.addAll(townships);
    List<Agency> municipal = departments.stream().filter(a -> a.parentCode().equals("500000")).toList();
    Map<PowerItemKind, List<Agency>> holders = new EnumMap<>(PowerItemKind.class);
    holders.put(PowerItemKind.LICENSING, departments);
    holders.put(PowerItemKind.OTHER_MANAGEMENT_SERVICE, both);
    holders.put(PowerItemKind.PENALTY, both);
    holders.put(PowerItemKind.COERCION, departments);
    holders.put(PowerItemKind.FEE, municipal);
    // items per agency and kind, 2019, then the 2020 edits
    Map<String, Map<PowerItemKind, Integer>> y2019 = new LinkedHashMap<>();
    Map<String, Map<PowerItemKind, Integer>> y2020 = new LinkedHashMap<>();
    Random random = new Random(2020);
    for (Map.Entry<PowerItemKind, long[]> e : SEED_ITEMS.entrySet()) {
      PowerItemKind kind = e.getKey();
      List<Agency> list = holders.get(kind);
      long[] shares = split(e.getValue()[0], weights(list, kind.ordinal()));
      for (int i = 0; i < list.size(); i++) {
        y2019.computeIfAbsent(list.get(i).code(), k -> new EnumMap<>(PowerItemKind.class)).put(kind, (int) shares[i]);
        y2020.computeIfAbsent(list.get(i).code(), k -> new EnumMap<>(PowerItemKind.class)).put(kind, (int) shares[i]);
      }
      // 本年增/减: some agencies drop items, some add; the net change is the seed's
      long change = e.getValue()[1];
      int churn = (int) Math.min(10, e.getValue()[0] / 20);
      long removals = Math.max(0, -change) + churn;
      long additions = Math.max(0, change) + churn;
      for (long r = 0; r < removals; ) {
        Agency a = list.get(random.nextInt(list.size()));
        Map<PowerItemKind, Integer> m = y2020.get(a.code());
        if (m.get(kind) > 0) {
          m.put(kind, m.get(kind) - 1);
          r++;
        }
      }
      for (long r = 0; r < additions; r++) {
        Agency a = list.get(random.nextInt(list.size()));
        y2020.get(a.code()).merge(kind, 1, Integer::sum);
      }
    }
    insertLists(2019, y2019, null);
    insertLists(2020, y2020, 2019);
  }

  private void insertLists(int year, Map<String, Map<PowerItemKind, Integer>> counts, Integer copiedFrom) {
    List<String> codes = new ArrayList<>(counts.keySet());
    jdbc.sql("insert into power_list (agency_code, year, copied_from_year) select c, ?, ? from unnest(?::varchar[]) c")
        .params(year, copiedFrom, codes.toArray(String[]::new))
        .update();
    Map<String, Long> ids = new HashMap<>();
    jdbc.sql("select agency_code, id from power_list where year = ?").param(year).query(rs -> {
      ids.put(rs.getString(1), rs.getLong(2));
    });
    List<Long> listIds = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> itemCodes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    for (Map.Entry<String, Map<PowerItemKind, Integer>> e : counts.entrySet()) {
      for (Map.Entry<PowerItemKind, Integer> k : e.getValue().entrySet()) {
        for (int i = 0; i < k.getValue(); i++) {
          String[] item = DemoNames.item(k.getKey(), e.getKey(), i);
          listIds.add(ids.get(e.getKey()));
          kinds.add(k.getKey().name());
          itemCodes.add(DemoNames.itemCode(k.getKey(), e.getKey(), i));
          names.add(item[0]);
          bases.add(item[1]);
        }
      }
    }
    jdbc.sql("insert into power_item (list_id, kind, item_code, name, legal_basis, sort_order)"
            + " select l, k, c, n, b, 0 from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) as t(l, k, c, n, b)")
        .params(listIds.toArray(Long[]::new), kinds.toArray(String[]::new), itemCodes.toArray(String[]::new),
            names.toArray(String[]::new), bases.toArray(String[]::new))
        .update();
  }

  // --- decisions kept as records ---

  private int decisionRecords() throws Exception {
    List<String[]> rows = new ArrayList<>();
    Random random = new Random(7);
    for (Map.Entry<String, Map<PowerItemKind, Integer>> e : RECORD_AGENCIES.entrySet()) {
      Agency agency = agencies.require(e.getKey());
      for (Map.Entry<PowerItemKind, Integer> k : e.getValue().entrySet()) {
        for (int i = 0; i < k.getValue(); i++) {
          LocalDate date = LocalDate.of(2020, 1, 2).plusDays(random.nextInt(360));
          rows.add(DemoNames.decision(agency, k.getKey(), date, i + 1, random));
        }
      }
      // older penalties whose three years of publication have ended: withdrawn at import
      for (int i = 0; i < 40; i++) {
        rows.add(DemoNames.decision(agency, PowerItemKind.PENALTY, LocalDate.of(2017, 1, 3).plusDays(random.nextInt(300)), 9000 + i, random));
      }
      // recent decisions, still within their publication period
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      for (int i = 0; i < 60; i++) {
        LocalDate d = today.minusDays(1 + random.nextInt(300));
        rows.add(DemoNames.decision(agency, i % 2 == 0 ? PowerItemKind.PENALTY : PowerItemKind.LICENSING, d, 7000 + i, random));
      }
      // 2021 decisions, counted in the 2021 report
      for (int i = 0; i < 120; i++) {
        rows.add(DemoNames.decision(agency, i % 3 == 0 ? PowerItemKind.PENALTY : PowerItemKind.LICENSING,
            LocalDate.of(2021, 1, 4).plusDays(random.nextInt(350)), 5000 + i, random));
      }
    }
    Set<String> codes = agencies.tree().all().stream().map(Agency::code).collect(Collectors.toSet());
    RowSource source = sink -> {
      sink.header(DemoNames.HEADER);
      long n = 1;
      for (String[] r : rows) {
        sink.row(++n, r);
      }
    };
    DecisionImporter.Result result =
        importer.run(null, source, new DecisionImporter.Options(codes, null, LocalDate.now(ZoneId.of("Asia/Shanghai"))));
    if (result.rejected() > 0) {
      log.warn("演示处理决定有 {} 行未通过校验：{}", result.rejected(), result.errors().subList(0, Math.min(5, result.errors().size())));
    }
    return (int) result.inserted();
  }

  // --- filings ---

  private void filings(List<Agency> withLists, List<Agency> governments, List<Agency> departments) {
    Map<String, Map<String, Long>> y2020 = new LinkedHashMap<>();
    Map<String, Map<PowerItemKind, Long>> kept = new HashMap<>();
    jdbc.sql("select agency_code, kind, count(*) from decision where decision_date between '2020-01-01' and '2020-12-31' group by 1, 2")
        .query(rs -> {
          kept.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(PowerItemKind.class)).put(PowerItemKind.valueOf(rs.getString(2)), rs.getLong(3));
        });
    for (Map.Entry<PowerItemKind, Long> e : SEED_DECISIONS.entrySet()) {
      PowerItemKind kind = e.getKey();
      List<Agency> list = kind == PowerItemKind.LICENSING || kind == PowerItemKind.COERCION ? departments : withLists;
      long[] shares = split(e.getValue(), weights(list, 17 + kind.ordinal()));
      // make sure each record agency's share covers its records (move the shortfall from the largest share)
      for (int i = 0; i < list.size(); i++) {
        long records = kept.getOrDefault(list.get(i).code(), Map.of()).getOrDefault(kind, 0L);
        if (shares[i] < records) {
          int largest = 0;
          for (int j = 1; j < shares.length; j++) {
            largest = shares[j] > shares[largest] ? j : largest;
          }
          shares[largest] -= records - shares[i];
          shares[i] = records;
        }
      }
      for (int i = 0; i < list.size(); i++) {
        long records = kept.getOrDefault(list.get(i).code(), Map.of()).getOrDefault(kind, 0L);
        y2020.computeIfAbsent(list.get(i).code(), k -> new LinkedHashMap<>()).put(kind.reportKey() + ".decisions", shares[i] - records);
      }
    }
    long[] projects = split(SEED_PROCUREMENT_PROJECTS, weights(governments, 3));
    long[] amounts = split(SEED_PROCUREMENT_WAN_YUAN, weights(governments, 3));
    for (int i = 0; i < governments.size(); i++) {
      Map<String, Long> m = y2020.computeIfAbsent(governments.get(i).code(), k -> new LinkedHashMap<>());
      m.put("centralizedProcurement.projects", projects[i]);
      m.put("centralizedProcurement.amountWanYuan", amounts[i]);
    }
    insertFilings(2020, y2020);
    // 2021 (2021 format): decisions not uploaded and fee income in 万元, plausible figures
    Map<String, Map<String, Long>> y2021 = new LinkedHashMap<>();
    Random random = new Random(2021);
    for (Map.Entry<String, Map<String, Long>> e : y2020.entrySet()) {
      Map<String, Long> m = new LinkedHashMap<>();
      for (String key : List.of("administrativeLicensing.decisions", "administrativePenalty.decisions", "administrativeCoercion.decisions")) {
        Long v = e.getValue().get(key);
        if (v != null) {
          m.put(key, Math.max(0, Math.round(v * (0.9 + random.nextDouble() * 0.25))));
        }
      }
      if (!m.isEmpty()) {
        y2021.put(e.getKey(), m);
      }
    }
    List<Agency> feeAgencies = departments.stream().filter(a -> a.parentCode().equals("500000")).limit(20).toList();
    long[] fees = split(126_480, weights(feeAgencies, 5));
    for (int i = 0; i < feeAgencies.size(); i++) {
      y2021.computeIfAbsent(feeAgencies.get(i).code(), k -> new LinkedHashMap<>()).put("administrativeFees.amountWanYuan", fees[i]);
    }
    insertFilings(2021, y2021);
  }

  private void insertFilings(int year, Map<String, Map<String, Long>> filings) {
    List<String> codes = new ArrayList<>(filings.keySet());
    jdbc.sql("insert into filed_statistic (agency_code, year, status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)"
            + " select c, ?, 'APPROVED', 'demo', ?, 'demo-supervisor', ?, '演示数据' from unnest(?::varchar[]) c")
        .params(year, java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 10).atTime(10, 0)),
            java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 15).atTime(15, 0)), codes.toArray(String[]::new))
        .update();
    Map<String, Long> ids = new HashMap<>();
    jdbc.sql("select agency_code, id from filed_statistic where year = ?").param(year).query(rs -> {
      ids.put(rs.getString(1), rs.getLong(2));
    });
    List<Long> sid = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<java.math.BigDecimal> values = new ArrayList<>();
    filings.forEach((code, m) -> m.forEach((k, v) -> {
      sid.add(ids.get(code));
      keys.add(k);
      values.add(java.math.BigDecimal.valueOf(v));
    }));
    jdbc.sql("insert into filed_figure (statistic_id, cell_key, value) select * from unnest(?::bigint[], ?::varchar[], ?::numeric[])")
        .params(sid.toArray(Long[]::new), keys.toArray(String[]::new), values.toArray(java.math.BigDecimal[]::new))
        .update();
  }

  // --- helpers ---

  /** Deterministic uneven weights: bigger for municipal bodies, varied by code. */
  private static double[] weights(List<Agency> agencies, int salt) {
    double[] w = new double[agencies.size()];
    for (int i = 0; i < w.length; i++) {
      Agency a = agencies.get(i);
      int h = Math.floorMod((a.code() + "#" + salt).hashCode(), 1000);
      double base = a.kind() == AgencyKind.TOWNSHIP ? 0.4 : a.parentCode() == null || a.parentCode().equals("500000") ? 2.5 : 1.0;
      w[i] = base * (0.5 + h / 1000.0);
    }
    return w;
  }

  /** Splits a total over weights by largest remainders: the parts add up exactly. */
  static long[] split(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    double[] rest = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (long) Math.floor(exact);
      rest[i] = exact - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
    for (int i = 0; given < total; i = (i + 1) % order.length) {
      parts[order[i]]++;
      given++;
    }
    return parts;
  }
}
