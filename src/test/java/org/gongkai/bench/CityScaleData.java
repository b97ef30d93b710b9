package org.gongkai.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The city-scale data set of the annual-report benchmark, generated in PostgreSQL itself
 * ({@code generate_series}, no round trips): an agency tree (city → districts → departments and
 * townships, plus municipal departments), decisions, catalog items with normative documents and
 * their validity, requests over several years with applicant kinds, outcomes and carry-over, appeal
 * cases, power lists and filed statistics. Sizes are the at {@code scale = 1}: 1,000
 * agencies, 10 million decisions, 1 million catalog items, 500,000 requests. The same scale always
 * gives the same data ({@code setseed}).
 */
final class CityScaleData {

  /** The first and last year with records. */
  static final int FIRST_YEAR = 2016;
  static final int LAST_YEAR = 2025;

  /** The root of the generated tree. */
  static final String CITY = "500000";

  final int agencies;
  final long decisions;
  final long catalogItems;
  final long requests;
  final long appealCases;
  final int itemsPerList;
  final int districts;

  CityScaleData(double scale, int agencies) {
    this.agencies = agencies;
    this.decisions = Math.round(10_000_000 * scale);
    this.catalogItems = Math.round(1_000_000 * scale);
    this.requests = Math.round(500_000 * scale);
    this.appealCases = Math.round(6_000 * scale);
    this.itemsPerList = (int) Math.max(3, Math.round(40 * scale));
    this.districts = Math.max(1, Math.min(40, agencies / 25));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%,d agencies (%d districts), %,d decisions, %,d catalog items, %,d requests,"
        + " %,d appeal cases, %d power-list items per agency and year", agencies, districts, decisions, catalogItems, requests,
        appealCases, itemsPerList);
  }

  /** Generates everything into an empty, migrated database and prints how long each table took. */
  void generate(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("set work_mem = '256MB'");
      st.execute("set maintenance_work_mem = '1GB'");
      timed(st, "agencies", this::agencies);
      timed(st, "power lists and filed statistics", this::listsAndFilings);
      timed(st, "catalog items", s -> bulk(s, "catalog_item", false, () -> catalog(s)));
      timed(st, "requests", s -> bulk(s, "disclosure_request", false, () -> requests(s)));
      timed(st, "appeal cases", this::appeals);
      timed(st, "decisions", s -> bulk(s, "decision", true, () -> decisions(s)));
      timed(st, "vacuum analyze", s -> {
        for (String t : List.of("agency", "catalog_item", "disclosure_request", "appeal_case", "decision", "power_list",
            "power_item", "filed_statistic", "filed_figure")) {
          s.execute("vacuum analyze " + t);
        }
      });
    }
  }

  private interface Step {
    void run(Statement st) throws SQLException;
  }

  private interface Load {
    void run() throws SQLException;
  }

  private static void timed(Statement st, String what, Step step) throws SQLException {
    long t = System.nanoTime();
    step.run(st);
    System.out.printf(Locale.ROOT, "  generated %-34s %7.1f s%n", what, (System.nanoTime() - t) / 1e9);
  }

  /**
   * Loads a big table without its indexes and unique constraints (and without its primary key when
   * {@code withPrimaryKey}), then builds them again exactly as the migrations defined them.
   */
  private static void bulk(Statement st, String table, boolean withPrimaryKey, Load load) throws SQLException {
    List<String> drop = new ArrayList<>();
    List<String> create = new ArrayList<>();
    List<String> constraintIndexes = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("select conname, contype, pg_get_constraintdef(oid) from pg_constraint"
        + " where conrelid = '" + table + "'::regclass and contype in ('p', 'u')")) {
      while (rs.next()) {
        constraintIndexes.add(rs.getString(1));
        if (rs.getString(2).equals("p") && !withPrimaryKey) {
          continue;
        }
        drop.add("alter table " + table + " drop constraint " + rs.getString(1));
        create.add("alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(3));
      }
    }
    try (ResultSet rs = st.executeQuery("select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = '"
        + table + "'")) {
      while (rs.next()) {
        if (!constraintIndexes.contains(rs.getString(1))) {
          drop.add("drop index " + rs.getString(1));
          create.add(rs.getString(2));
        }
      }
    }
    for (String sql : drop) {
      st.execute(sql);
    }
    load.run();
    for (String sql : create) {
      st.execute(sql);
    }
  }

  // ------------------------------------------------------------------ agencies

  /**
   * 重庆市 (the city), municipal departments 500000B001…, districts 500101…5001dd, each with
   * departments 5001ddB01… (55%) and townships 5001dd001… (45%).
   */
  private void agencies(Statement st) throws SQLException {
    int perDistrict = Math.max(0, (int) Math.floor((agencies - 1 - districts) * 0.92 / districts));
    int departments = (int) Math.ceil(perDistrict * 0.55);
    int townships = perDistrict - departments;
    int municipal = agencies - 1 - districts - districts * perDistrict;
    st.execute("insert into agency (code, name, short_name, kind, level, path, sort_order, organisation_code)"
        + " values ('500000', '重庆市人民政府', '市政府', 'GOVERNMENT', 'MUNICIPAL', '/500000/', 0, '00938000X')");
    st.execute("insert into agency (code, name, short_name, kind, level, path, sort_order)"
        + " select '500000B' || lpad(i::text, 3, '0'), '重庆市第' || i || '委办局', '市第' || i || '局', 'DEPARTMENT', 'MUNICIPAL',"
        + " '/500000/500000B' || lpad(i::text, 3, '0') || '/', i from generate_series(1, " + municipal + ") i");
    st.execute("insert into agency (code, name, short_name, kind, level, path, sort_order)"
        + " select '5001' || lpad(d::text, 2, '0'), '重庆市第' || d || '区人民政府', '第' || d || '区政府', 'GOVERNMENT', 'DISTRICT',"
        + " '/500000/5001' || lpad(d::text, 2, '0') || '/', 100 + d from generate_series(1, " + districts + ") d");
    st.execute("insert into agency (code, name, short_name, kind, level, path, sort_order)"
        + " select '5001' || lpad(d::text, 2, '0') || 'B' || lpad(j::text, 2, '0'), '第' || d || '区第' || j || '局',"
        + " '第' || d || '区' || j || '局', 'DEPARTMENT', 'DISTRICT',"
        + " '/500000/5001' || lpad(d::text, 2, '0') || '/5001' || lpad(d::text, 2, '0') || 'B' || lpad(j::text, 2, '0') || '/', j"
        + " from generate_series(1, " + districts + ") d, generate_series(1, " + departments + ") j");
    st.execute("insert into agency (code, name, short_name, kind, level, path, sort_order)"
        + " select '5001' || lpad(d::text, 2, '0') || lpad(j::text, 3, '0'), '第' || d || '区第' || j || '街道办事处',"
        + " '第' || d || '区' || j || '街道', 'TOWNSHIP', 'TOWNSHIP',"
        + " '/500000/5001' || lpad(d::text, 2, '0') || '/5001' || lpad(d::text, 2, '0') || lpad(j::text, 3, '0') || '/', 100 + j"
        + " from generate_series(1, " + districts + ") d, generate_series(1, " + townships + ") j");
    st.execute("update agency c set parent_id = p.id from agency p where p.path = regexp_replace(c.path, '[^/]+/$', '')"
        + " and c.path <> '/500000/'");
    // every later table picks its agency from this numbering
    st.execute("create table bench_agency as select row_number() over (order by path) as n, code, path, kind from agency");
    st.execute("create unique index on bench_agency (n)");
    st.execute("analyze bench_agency");
  }

  // ------------------------------------------------------------------ power lists, filings

  private void listsAndFilings(Statement st) throws SQLException {
    st.execute("select setseed(0.11)");
    // a list per agency and year; the lists grow a little each year
    st.execute("insert into power_list (agency_code, year) select a.code, y from bench_agency a, generate_series("
        + FIRST_YEAR + ", " + LAST_YEAR + ") y");
    st.execute("insert into power_item (list_id, kind, item_code, name, sort_order)"
        + " select l.id, (array['LICENSING','LICENSING','OTHER_MANAGEMENT_SERVICE','PENALTY','PENALTY','PENALTY','COERCION','FEE',"
        + "'PUBLIC_SERVICE','INSPECTION'])[1 + (i % 10)], 'QL-' || i, '权力事项' || i, i"
        + " from power_list l, generate_series(1, " + itemsPerList + " + (l.year - " + FIRST_YEAR + ") % 3) i");
    // a fifth of the agencies file procurement and fee income each year
    st.execute("insert into filed_statistic (agency_code, year, status, submitted_by, submitted_at, reviewed_by, reviewed_at)"
        + " select a.code, y, 'APPROVED', 'bench', now(), 'bench', now() from bench_agency a, generate_series("
        + FIRST_YEAR + ", " + LAST_YEAR + ") y where a.n % 5 = 0");
    st.execute("insert into filed_figure (statistic_id, cell_key, value)"
        + " select s.id, k.key, round((random() * k.max)::numeric, k.scale) from filed_statistic s,"
        + " (values ('centralizedProcurement.projects', 200, 0), ('centralizedProcurement.amountWanYuan', 50000, 2),"
        + " ('administrativeFees.amountWanYuan', 8000, 2)) as k(key, max, scale)");
  }

  // ------------------------------------------------------------------ catalog

  /**
   * Items published 2010–2025: 0.3% rules (governments only), 12% normative documents (a fifth of
   * them repealed or expired some years later), the rest other information; 2% drafts, 1% withdrawn.
   */
  private void catalog(Statement st) throws SQLException {
    st.execute("select setseed(0.22)");
    st.execute("""
        insert into catalog_item (agency_code, agency_path, index_number, title, written_on, published_on, published_at,
            subject_code, genre_code, kind, category, state, validity, ended_on, created_by, source_id)
        select a.code, a.path, 'BENCH-' || r.g, '政府信息' || r.g, w.written, w.published, w.published + time '09:30',
            'S' || lpad((1 + r.g %% 20)::text, 2, '0'), k.genre, k.kind, k.category,
            case when r.state < 0.02 then 'DRAFT' when r.state < 0.03 then 'WITHDRAWN' else 'PUBLISHED' end,
            case when k.kind = 'OTHER' then null when e.ended is null then 'IN_FORCE' when r.end < 0.5 then 'REPEALED' else 'EXPIRED' end,
            e.ended, 'bench', 'bench-' || r.g
        from (select g, random() as kind, random() as state, random() as end, random() as day
              from generate_series(1, %d) g) r
        join bench_agency a on a.n = 1 + (hashint8(r.g) & 2147483647) %% %d
        cross join lateral (select case
            when r.kind < 0.003 and a.kind = 'GOVERNMENT' then 'RULE'
            when r.kind < 0.123 then 'NORMATIVE_DOCUMENT' else 'OTHER' end as kind) kk
        cross join lateral (select kk.kind,
            case kk.kind when 'RULE' then 'RULE' when 'NORMATIVE_DOCUMENT' then 'NORMATIVE' else 'NEWS' end as genre,
            case when kk.kind = 'OTHER' then 'OTHER' else 'REGULATIONS' end as category) k
        cross join lateral (select date '2010-01-01' + (r.day * 5840)::int as written) w0
        cross join lateral (select w0.written, w0.written + 1 + (r.g %% 14)::int as published) w
        cross join lateral (select case when k.kind <> 'OTHER' and r.end < 0.2
            and w.published + 200 + (r.end * 10000)::int <= date '2025-12-31'
            then w.published + 200 + (r.end * 10000)::int end as ended) e
        """.formatted(catalogItems, agencies));
    st.execute("update catalog_item set published_on = null, published_at = null, index_number = null where state = 'DRAFT'");
  }

  // ------------------------------------------------------------------ requests

  /**
   * Requests received 2016–2025, 88% from natural persons; closed 1–60 days later (so December's
   * requests carry over into January), 0.3% left open; outcomes in the proportions of the seed
   * report; a closing act that is not a reply (撤回, 逾期不补正, 未缴费) in its own status.
   */
  private void requests(Statement st) throws SQLException {
    st.execute("select setseed(0.33)");
    st.execute("""
        create temp table bench_outcome (lo float8, hi float8, outcome text, status text);
        insert into bench_outcome values
          (0.000, 0.620, 'GRANTED', 'DELIVERED'), (0.620, 0.665, 'PARTIALLY_GRANTED', 'REPLIED'),
          (0.665, 0.677, 'WITHHELD_STATE_SECRET', 'REPLIED'), (0.677, 0.679, 'WITHHELD_PROHIBITED_BY_LAW', 'REPLIED'),
          (0.679, 0.680, 'WITHHELD_THREE_SECURITY_ONE_STABILITY', 'REPLIED'), (0.680, 0.685, 'WITHHELD_THIRD_PARTY_RIGHTS', 'REPLIED'),
          (0.685, 0.696, 'WITHHELD_INTERNAL_AFFAIRS', 'REPLIED'), (0.696, 0.701, 'WITHHELD_PROCESS_INFORMATION', 'REPLIED'),
          (0.701, 0.710, 'WITHHELD_LAW_ENFORCEMENT_FILES', 'REPLIED'), (0.710, 0.720, 'WITHHELD_ADMINISTRATIVE_QUERY', 'REPLIED'),
          (0.720, 0.897, 'UNAVAILABLE_NOT_HELD', 'REPLIED'), (0.897, 0.912, 'UNAVAILABLE_NEEDS_CREATION', 'REPLIED'),
          (0.912, 0.918, 'UNAVAILABLE_UNCLEAR_AFTER_CORRECTION', 'REPLIED'),
          (0.918, 0.938, 'NOT_PROCESSED_PETITION_OR_COMPLAINT', 'REPLIED'), (0.938, 0.950, 'NOT_PROCESSED_DUPLICATE', 'REPLIED'),
          (0.950, 0.952, 'NOT_PROCESSED_PUBLICATION', 'REPLIED'), (0.952, 0.955, 'NOT_PROCESSED_MASS_REPEATED', 'REPLIED'),
          (0.955, 0.960, 'NOT_PROCESSED_CONFIRM_OR_REISSUE', 'REPLIED'), (0.960, 0.975, 'OTHER_NO_CORRECTION', 'ABANDONED'),
          (0.975, 0.980, 'OTHER_FEE_UNPAID', 'FEE_UNPAID'), (0.980, 1.001, 'OTHER', 'WITHDRAWN')
        """);
    st.execute("""
        insert into disclosure_request (tracking_number, query_code_hash, agency_code, channel, received_on, applicant_type,
            applicant_name, description, format, delivery, status, outcome, closed_on, replied_on, created_by)
        select 'YSQ-BENCH-' || r.g, md5(r.g::text), a.code,
            (array['ONLINE','ONLINE','ONLINE','POST','IN_PERSON','EMAIL'])[1 + r.g %% 6],
            r.received,
            case when r.type < 0.88 then 'NATURAL_PERSON' when r.type < 0.95 then 'COMMERCIAL_ENTERPRISE'
                 when r.type < 0.955 then 'RESEARCH_INSTITUTION' when r.type < 0.965 then 'PUBLIC_WELFARE_ORGANIZATION'
                 when r.type < 0.98 then 'LEGAL_SERVICE_AGENCY' else 'OTHER_ORGANIZATION' end,
            '申请人' || r.g, '申请公开有关政府信息', 'ELECTRONIC', 'ONLINE',
            case when c.closed is null then 'UNDER_REVIEW' else o.status end,
            case when c.closed is null then null else o.outcome end,
            c.closed, case when c.closed is not null and o.status in ('REPLIED', 'DELIVERED') then c.closed end, 'bench'
        from (select g, date '2016-01-01' + (random() * 3652)::int as received, random() as type,
                random() as outcome, random() as open, 1 + (random() * 59)::int as days
              from generate_series(1, %d) g) r
        join bench_agency a on a.n = 1 + (hashint8(r.g) & 2147483647) %% %d
        cross join lateral (select case when r.open < 0.003 or r.received + r.days > date '2026-01-15' then null
            else r.received + r.days end as closed) c
        join bench_outcome o on r.outcome >= o.lo and r.outcome < o.hi
        """.formatted(requests, agencies));
  }

  // ------------------------------------------------------------------ appeals

  /** Reconsiderations (70%) and lawsuits, decided 1–8 months after filing, or pending at the end of 2025. */
  private void appeals(Statement st) throws SQLException {
    st.execute("select setseed(0.44)");
    st.execute("""
        insert into appeal_case (kind, route, agency_code, applicant_name, received_on, deciding_body, result, decided_on)
        select case when r.kind < 0.7 then 'RECONSIDERATION' else 'LITIGATION' end,
            case when r.kind < 0.7 then null when r.kind < 0.9 then 'DIRECT' else 'AFTER_RECONSIDERATION' end,
            a.code, '申请人' || r.g, r.received, '重庆市人民政府',
            case when d.decided is null then 'PENDING' when r.result < 0.55 then 'UPHELD' when r.result < 0.75 then 'CORRECTED'
                 else 'OTHER' end,
            d.decided
        from (select g, random() as kind, random() as result, date '2016-01-01' + (random() * 3652)::int as received,
                20 + (random() * 220)::int as days
              from generate_series(1, %d) g) r
        join bench_agency a on a.n = 1 + (hashint8(r.g) & 2147483647) %% %d
        cross join lateral (select case when r.received + r.days <= date '2025-12-31' then r.received + r.days end as decided) d
        """.formatted(appealCases, agencies));
  }

  // ------------------------------------------------------------------ decisions

  /**
   * Decisions 2016–2025 (about a tenth each year): 35% licensing, 15% other management services, 40%
   * penalties, 10% coercion; withdrawn once their three-year publication period ended.
   */
  private void decisions(Statement st) throws SQLException {
    st.execute("select setseed(0.55)");
    st.execute("""
        insert into decision (agency_code, kind, decision_number, decision_date, party_name, party_type, summary,
            publish_until, withdrawn, withdrawn_at)
        select a.code,
            case when r.kind < 0.35 then 'LICENSING' when r.kind < 0.5 then 'OTHER_MANAGEMENT_SERVICE'
                 when r.kind < 0.9 then 'PENALTY' else 'COERCION' end,
            'BENCH-' || r.g, r.decided, '当事人' || (r.g %% 100000),
            case when r.g %% 3 = 0 then 'NATURAL_PERSON' else 'ORGANISATION' end, '处理决定',
            r.decided + 1095, r.decided + 1095 < current_date,
            case when r.decided + 1095 < current_date then (r.decided + 1095)::timestamptz end
        from (select g, random() as kind, date '2016-01-01' + (random() * 3652)::int as decided
              from generate_series(1, %d) g) r
        join bench_agency a on a.n = 1 + (hashint8(r.g) & 2147483647) %% %d
        """.formatted(decisions, agencies));
  }
}
