package org.gongkai.catalog.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.ItemKind;
import org.gongkai.report.FigureSet;
import org.gongkai.report.ProactiveFigures;
import org.gongkai.report.ReportFormat;
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
    Map<String, Number> cells = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    if (agencyCodes == null || agencyCodes.isEmpty()) {
      return FigureSet.empty();
    }
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    String[] codes = agencyCodes.toArray(String[]::new);
    var rows = jdbc.sql(
            "select kind,"
                + " count(*) filter (where written_on between :s and :e) as made,"
                + " count(*) filter (where published_on between :s and :e) as published,"
                + " count(*) filter (where published_on <= :e and (ended_on is null or ended_on > :e)) as in_force,"
                + " count(*) filter (where ended_on between :s and :e) as ended"
                + " from catalog_item where kind in ('RULE', 'NORMATIVE_DOCUMENT')"
                + " and state in ('PUBLISHED') and published_on is not null and agency_code = any(:codes)"
                + " group by kind")
        .param("s", start).param("e", end).param("codes", codes)
        .query((rs, n) -> new long[] {
            ItemKind.valueOf(rs.getString(1)) == ItemKind.RULE ? 0 : 1, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
        .list();
    long[][] byKind = new long[2][];
    byKind[0] = new long[] {0, 0, 0, 0, 0};
    byKind[1] = new long[] {1, 0, 0, 0, 0};
    for (long[] r : rows) {
      byKind[(int) r[0]] = r;
    }
    String[] keys = {"rules", "normativeDocuments"};
    for (int k = 0; k < 2; k++) {
      long[] r = byKind[k];
      String p = "proactive." + keys[k] + ".";
      if (format == ReportFormat.F2019) {
        put(cells, sources, p + "newlyMade", r[1]);
        put(cells, sources, p + "newlyPublished", r[2]);
        put(cells, sources, p + "totalPublished", r[3]);
      } else {
        put(cells, sources, p + "made", r[1]);
        put(cells, sources, p + "repealed", r[4]);
        put(cells, sources, p + "inForce", r[3]);
      }
    }
    return new FigureSet(cells, sources);
  }

  private static void put(Map<String, Number> cells, Map<String, String> sources, String key, long value) {
    cells.put(key, value);
    sources.put(key, "records");
  }
}
