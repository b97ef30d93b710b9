package org.gongkai.decision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.decision.PartyType;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.report.FigureTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published decisions: the public lists, the counts for the report, the end of publication. */
@Service
public class Decisions {

  private static final Logger log = LoggerFactory.getLogger(Decisions.class);
  /** Counting beyond this many matches is not worth the time; the page says "more than". */
  public static final int COUNT_CAP = 100_000;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final org.springframework.transaction.support.TransactionTemplate tx;

  Decisions(JdbcClient jdbc, AuditLog audit, org.springframework.transaction.support.TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.tx = tx;
  }

  /** A decision as the public sees it: personal data already masked at import. */
  public record PublishedDecision(
      String agencyCode, PowerItemKind kind, String decisionNumber, LocalDate decisionDate, String partyName,
      PartyType partyType, String partyId, String summary, String legalBasis, LocalDate publishUntil) {}

  /**
   * A filter of a public list; {@code q} matches a decision number exactly or a part of the
   * party's name.
   */
  public record Query(String agencyCode, PowerItemKind kind, String q, LocalDate from, LocalDate to, int page, int size) {
    public Query {
      page = Math.max(0, Math.min(page, 10_000));
      size = size <= 0 || size > 100 ? 20 : size;
      q = q == null ? null : q.strip();
      if (q != null && q.isEmpty()) {
        q = null;
      }
      if (q != null && q.length() > 100) {
        q = q.substring(0, 100);
      }
    }
  }

  /**
   * A page of a public list.
   *
   * @param total the number of matches, at most {@link #COUNT_CAP}
   * @param capped whether there are more matches than {@code total}
   */
  public record Page(List<PublishedDecision> decisions, long total, boolean capped, int page, int size) {
    public int pages() {
      return (int) Math.max(1, Math.min(10_000, (total + size - 1) / size));
    }
  }

  /** The published (not withdrawn) decisions of one agency, newest first. */
  @Transactional(readOnly = true)
  public Page search(Query query) {
    StringBuilder where = new StringBuilder(" where agency_code = ? and not withdrawn");
    List<Object> params = new ArrayList<>();
    params.add(query.agencyCode());
    if (query.kind() != null) {
      where.append(" and kind = ?");
      params.add(query.kind().name());
    }
    if (query.from() != null) {
      where.append(" and decision_date >= ?");
      params.add(query.from());
    }
    if (query.to() != null) {
      where.append(" and decision_date <= ?");
      params.add(query.to());
    }
    if (query.q() != null) {
      where.append(" and (decision_number = ? or strpos(party_name, ?) > 0)");
      params.add(query.q());
      params.add(query.q());
    }
    List<Object> countParams = new ArrayList<>(params);
    countParams.add(COUNT_CAP + 1);
    long total =
        jdbc.sql("select count(*) from (select 1 from decision" + where + " limit ?) t").params(countParams).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(query.size());
    pageParams.add((long) query.page() * query.size());
    List<PublishedDecision> rows =
        jdbc.sql(
                "select agency_code, kind, decision_number, decision_date, party_name, party_type, party_id, summary,"
                    + " legal_basis, publish_until from decision" + where + " order by decision_date desc, decision_number desc limit ? offset ?")
            .params(pageParams)
            .query((rs, n) -> new PublishedDecision(
                rs.getString(1), PowerItemKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), PartyType.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class)))
            .list();
    return new Page(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP, query.page(), query.size());
  }

  /**
   * Decisions made in the year per agency (or, unless {@code perAgency}, of all the agencies together
   * under {@link FigureTally#ALL}) and kind, withdrawn ones included: a decision counts in the report
   * of the year it was made, whether or not it is still on display.
   */
  @Transactional(readOnly = true)
  public Map<String, Map<PowerItemKind, Long>> counts(Set<String> agencyCodes, int year, boolean perAgency) {
    Map<String, Map<PowerItemKind, Long>> counts = new java.util.HashMap<>();
    jdbc.sql(
            "select " + FigureTally.keyColumn(perAgency, "agency_code") + ", kind, count(*) from decision"
                + " where agency_code = any(?) and decision_date >= ? and decision_date < ? group by 1, 2")
        .params(agencyCodes.toArray(String[]::new), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query(rs -> {
          counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(PowerItemKind.class))
              .put(PowerItemKind.valueOf(rs.getString(2)), rs.getLong(3));
        });
    return counts;
  }

  /**
   * Withdraws, in batches, every decision whose publication period ended before {@code today}.
   * Returns how many were withdrawn.
   */
  public long withdrawExpired(LocalDate today) {
    long total = 0;
    while (true) {
      Integer n = tx.execute(s -> withdrawBatch(today));
      total += n;
      if (n < 10_000) {
        break;
      }
    }
    if (total > 0) {
      log.info("已撤下公示期届满的处理决定 {} 条", total);
    }
    return total;
  }

  private int withdrawBatch(LocalDate today) {
    int n =
        jdbc.sql(
                "update decision set withdrawn = true, withdrawn_at = now(), updated_at = now() where ctid = any(array("
                    + " select ctid from decision where not withdrawn and publish_until < ? limit 10000))")
            .param(today)
            .update();
    if (n > 0) {
      audit.record("DECISIONS_WITHDRAWN", "decision", null, "公示期届满，自动撤下处理决定 " + n + " 条", "截至 " + today);
    }
    return n;
  }
}
