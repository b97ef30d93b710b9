package org.gongkai.request.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.FigureSet;
import org.gongkai.report.FigureTally;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.RequestFigures;
import org.gongkai.report.WithLastYear;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ReplyOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 三 of the annual report, counted from the dates of the requests alone: received in the
 * year; carried over from last year (received before 1 January, not closed before it); the outcome
 * rows (closed in the year, by the closing date); carried over to next year (received by 31 December,
 * still open at its end). No flag is ever consulted.
 */
@Component
class RequestFiguresProvider implements RequestFigures {

  private final JdbcClient jdbc;

  RequestFiguresProvider(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The outcome rows of the format, in table order. */
  static Set<String> outcomeRows(ReportFormat format) {
    Set<String> rows = new LinkedHashSet<>();
    for (ReplyOutcome o : ReplyOutcome.values()) {
      rows.add(o.rowKey(format));
    }
    return rows;
  }

  @Override
  @Transactional(readOnly = true)
  public FigureSet requests(Set<String> agencyCodes, int year, ReportFormat format) {
    return count(agencyCodes, year, format, false).get(FigureTally.ALL);
  }

  /**
   * The year's figures, and last year's {@code carriedOverToNextYear} without another query: the
   * requests received before 1 January and not closed before it are, by definition, both this year's
   * 上年结转 and last year's 结转下年度继续办理.
   */
  @Override
  @Transactional(readOnly = true)
  public WithLastYear requestsWithLastYear(Set<String> agencyCodes, int year, ReportFormat format, ReportFormat lastYearFormat) {
    FigureSet now = requests(agencyCodes, year, format);
    Map<String, Number> last = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (ApplicantType t : ApplicantType.values()) {
      String key = "requests.carriedOverToNextYear." + t.column();
      last.put(key, now.cells().get("requests.carriedOverFromLastYear." + t.column()));
      sources.put(key, "records");
    }
    return new WithLastYear(now, new FigureSet(last, sources));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, FigureSet> requestsEach(Set<String> agencyCodes, int year, ReportFormat format) {
    return count(agencyCodes, year, format, true);
  }

  /**
   * Two queries, however many agencies: their figures together, or agency by
   * agency ({@code perAgency}) — the same counts, grouped also by agency.
   */
  private Map<String, FigureSet> count(Set<String> agencyCodes, int year, ReportFormat format, boolean perAgency) {
    FigureTally tally = new FigureTally(agencyCodes, perAgency, zeros(format));
    if (!agencyCodes.isEmpty()) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year, 12, 31);
      String[] codes = agencyCodes.toArray(String[]::new);
      String agency = FigureTally.keyColumn(perAgency, "agency_code");
      jdbc.sql("""
              select %s as agency, applicant_type,
                count(*) filter (where received_on between :start and :end) as received,
                count(*) filter (where received_on < :start and (closed_on is null or closed_on >= :start)) as carried_from,
                count(*) filter (where received_on <= :end and (closed_on is null or closed_on > :end)) as carried_to
              from disclosure_request
              where agency_code = any(:codes) and received_on <= :end and (closed_on is null or closed_on >= :start)
              group by 1, 2""".formatted(agency))
          .param("start", start)
          .param("end", end)
          .param("codes", codes)
          .query(rs -> {
            Map<String, Number> c = tally.cells(rs.getString("agency"));
            String column = ApplicantType.valueOf(rs.getString("applicant_type")).column();
            c.put("requests.received." + column, rs.getLong("received"));
            c.put("requests.carriedOverFromLastYear." + column, rs.getLong("carried_from"));
            c.put("requests.carriedOverToNextYear." + column, rs.getLong("carried_to"));
          });
      jdbc.sql("""
              select %s as agency, applicant_type, outcome, count(*) as n from disclosure_request
              where agency_code = any(:codes) and closed_on between :start and :end
              group by 1, 2, 3""".formatted(agency))
          .param("start", start)
          .param("end", end)
          .param("codes", codes)
          .query(rs -> {
            String column = ApplicantType.valueOf(rs.getString("applicant_type")).column();
            String row = ReplyOutcome.valueOf(rs.getString("outcome")).rowKey(format);
            tally.cells(rs.getString("agency"))
                .merge("requests." + row + "." + column, rs.getLong("n"), (a, b) -> a.longValue() + b.longValue());
          });
    }
    return tally.figures();
  }

  /** Every cell of the format's rows and columns, at 0. */
  private static FigureSet zeros(ReportFormat format) {
    Map<String, Number> cells = new LinkedHashMap<>();
    Set<String> rows = new LinkedHashSet<>();
    rows.add("received");
    rows.add("carriedOverFromLastYear");
    rows.addAll(outcomeRows(format));
    rows.add("carriedOverToNextYear");
    for (String row : rows) {
      for (ApplicantType t : ApplicantType.values()) {
        cells.put("requests." + row + "." + t.column(), 0L);
      }
    }
    return new FigureSet(cells, sources(cells));
  }

  private static Map<String, String> sources(Map<String, Number> cells) {
    Map<String, String> s = new LinkedHashMap<>();
    cells.keySet().forEach(k -> s.put(k, "records"));
    return s;
  }
}
