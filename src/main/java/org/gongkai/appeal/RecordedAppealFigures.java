package org.gongkai.appeal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.AppealFigures;
import org.gongkai.report.FigureSet;
import org.gongkai.report.FigureTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 四 counted from the case register (definition in {@code docs/appeals.md}): a case counts
 * in year Y if it was received in Y, or received earlier and not decided before 1 January of Y
 * (结转); it counts in the column of its result if decided by 31 December of Y, otherwise as
 * pending.
 */
@Component
class RecordedAppealFigures implements AppealFigures {

  static final List<String> BLOCKS = List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");

  private final JdbcClient jdbc;

  RecordedAppealFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public FigureSet appeals(Set<String> agencyCodes, int year) {
    return count(agencyCodes, year, false).get(FigureTally.ALL);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, FigureSet> appealsEach(Set<String> agencyCodes, int year) {
    return count(agencyCodes, year, true);
  }

  /** One query: the agencies' figures together, or agency by agency. */
  private Map<String, FigureSet> count(Set<String> agencyCodes, int year, boolean perAgency) {
    FigureTally tally = new FigureTally(agencyCodes, perAgency, zeros());
    if (!agencyCodes.isEmpty()) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year, 12, 31);
      jdbc.sql(
              """
              select %s as agency,
                     case when c.route is null then 'reconsideration'
                          when c.route = 'DIRECT' then 'litigationDirect'
                          else 'litigationAfterReconsideration' end as block,
                     case when c.result <> 'PENDING' and c.decided_on <= :end then c.result else 'PENDING' end as col,
                     count(*) as n
              from appeal_case c
              where c.agency_code = any (:codes)
                and c.received_on <= :end
                and (c.received_on >= :start or c.decided_on is null or c.decided_on >= :start)
              group by 1, 2, 3""".formatted(FigureTally.keyColumn(perAgency, "c.agency_code")))
          .param("codes", agencyCodes.toArray(String[]::new))
          .param("start", start)
          .param("end", end)
          .query(rs -> {
            String key = "appeals." + rs.getString("block") + "." + CaseResult.valueOf(rs.getString("col")).reportKey();
            tally.cells(rs.getString("agency")).put(key, rs.getLong("n"));
          });
    }
    return tally.figures();
  }

  /** Every cell at 0, counted from the records. */
  private static FigureSet zeros() {
    Map<String, Number> cells = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (String block : BLOCKS) {
      for (CaseResult result : CaseResult.values()) {
        String key = "appeals." + block + "." + result.reportKey();
        cells.put(key, 0L);
        sources.put(key, "records");
      }
    }
    return new FigureSet(cells, sources);
  }
}
