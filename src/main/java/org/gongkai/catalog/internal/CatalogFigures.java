package org.gongkai.catalog.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.ItemKind;
import org.gongkai.report.FigureSet;
import org.gongkai.report.FigureTally;
import org.gongkai.report.ProactiveFigures;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.WithLastYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 二, 第二十条第（一）项, counted from the catalog's records. An item counts once it has been
 * published (withdrawn items do not count):
 * <ul>
 *   <li>2019 format: {@code newlyMade} — 成文日期 in the year; {@code newlyPublished} — 发布日期 in the
 *       year; {@code totalPublished} — published by the end of the year and still in force then (有效
 *       or 已修改).
 *   <li>2021 format: {@code made} — 成文日期 in the year; {@code repealed} — ceased to be in force (废止
 *       or 失效) in the year; {@code inForce} — as totalPublished.
 * </ul>
 */
@Component
class CatalogFigures implements ProactiveFigures {

  private final JdbcClient jdbc;

  CatalogFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public FigureSet proactive(Set<String> agencyCodes, int year, ReportFormat format) {
    if (agencyCodes == null || agencyCodes.isEmpty()) {
      return FigureSet.empty();
    }
    return figures(count(agencyCodes, year, format, false).get(FigureTally.ALL), format);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, FigureSet> proactiveEach(Set<String> agencyCodes, int year, ReportFormat format, boolean stockOnly) {
    Map<String, FigureSet> out = new LinkedHashMap<>();
    count(agencyCodes, year, format, true).forEach((key, byKind) -> out.put(key, figures(byKind, format)));
    return out;
  }

  /** One scan for both years: last year's in-force count is one more aggregate of the same rows. */
  @Override
  @Transactional(readOnly = true)
  public WithLastYear proactiveWithLastYear(Set<String> agencyCodes, int year, ReportFormat format, ReportFormat lastYearFormat) {
    if (agencyCodes == null || agencyCodes.isEmpty()) {
      return new WithLastYear(FigureSet.empty(), FigureSet.empty());
    }
    long[][] byKind = count(agencyCodes, year, format, false).get(FigureTally.ALL);
    Map<String, Number> last = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    String field = lastYearFormat == ReportFormat.F2019 ? "totalPublished" : "inForce";
    int column = lastYearFormat == ReportFormat.F2019 ? 4 : 6;
    put(last, sources, "proactive.rules." + field, byKind[0][column]);
    put(last, sources, "proactive.normativeDocuments." + field, byKind[1][column]);
    return new WithLastYear(figures(byKind, format), new FigureSet(last, sources));
  }

  /** One query: the agencies' counts together, or agency by agency. */
  private Map<String, long[][]> count(Set<String> agencyCodes, int year, ReportFormat format, boolean perAgency) {
    // key -> [rules, normative documents] -> [made, published, in force, ended, in force at the end of last
    // year, and the same two by the date made]. The 2021 format's 现行有效 is counted by 成文日期 like 制发,
    // so that in force = last year's in force + made - repealed holds for a document signed in one
    // year and published in the next; the 2019 format's 对外公开总数量 is counted by publication.
    Map<String, long[][]> counts = new LinkedHashMap<>();
    for (String key : perAgency ? agencyCodes : Set.of(FigureTally.ALL)) {
      counts.put(key, new long[2][7]);
    }
    if (!agencyCodes.isEmpty()) {
      jdbc.sql(
              "select " + FigureTally.keyColumn(perAgency, "agency_code") + " as agency, kind,"
                  + " count(*) filter (where written_on between :s and :e) as made,"
                  + " count(*) filter (where published_on between :s and :e) as published,"
                  + " count(*) filter (where published_on <= :e and (ended_on is null or ended_on > :e)) as in_force,"
                  + " count(*) filter (where ended_on between :s and :e) as ended,"
                  + " count(*) filter (where published_on < :s and (ended_on is null or ended_on >= :s)) as in_force_before,"
                  + " count(*) filter (where written_on <= :e and (ended_on is null or ended_on > :e)) as in_force_made,"
                  + " count(*) filter (where written_on < :s and (ended_on is null or ended_on >= :s)) as in_force_made_before"
                  + " from catalog_item where kind in ('RULE', 'NORMATIVE_DOCUMENT')"
                  + " and state in ('PUBLISHED') and published_on is not null and agency_code = any(:codes)"
                  + " group by 1, 2")
          .param("s", LocalDate.of(year, 1, 1)).param("e", LocalDate.of(year, 12, 31))
          .param("codes", agencyCodes.toArray(String[]::new))
          .query(rs -> {
            long[] r = counts.get(rs.getString(1))[ItemKind.valueOf(rs.getString(2)) == ItemKind.RULE ? 0 : 1];
            for (int i = 0; i < 7; i++) {
              r[i] = rs.getLong(3 + i);
            }
          });
    }
    return counts;
  }

  private static FigureSet figures(long[][] byKind, ReportFormat format) {
    Map<String, Number> cells = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    String[] keys = {"rules", "normativeDocuments"};
    for (int k = 0; k < 2; k++) {
      long[] r = byKind[k];
      String p = "proactive." + keys[k] + ".";
      if (format == ReportFormat.F2019) {
        put(cells, sources, p + "newlyMade", r[0]);
        put(cells, sources, p + "newlyPublished", r[1]);
        put(cells, sources, p + "totalPublished", r[2]);
      } else {
        put(cells, sources, p + "made", r[0]);
        put(cells, sources, p + "repealed", r[3]);
        put(cells, sources, p + "inForce", r[5]);
      }
    }
    return new FigureSet(cells, sources);
  }

  private static void put(Map<String, Number> cells, Map<String, String> sources, String key, long value) {
    cells.put(key, value);
    sources.put(key, "records");
  }
}
