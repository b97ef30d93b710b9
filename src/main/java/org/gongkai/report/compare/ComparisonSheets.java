package org.gongkai.report.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.document.Xlsx;
import org.gongkai.report.compare.SideBySide.Row;

/** The comparison tables as spreadsheets ({@link Xlsx}): every figure a number, every measure a row or column. */
public final class ComparisonSheets {

  private ComparisonSheets() {}

  /** Rows: the measures; columns: each year, and after it its change against the year before. */
  public static byte[] of(YearOverYear y) {
    List<String> headers = new ArrayList<>(List.of("部分", "指标", "单位"));
    for (YearOverYear.Year year : y.years()) {
      headers.add(year.year() + "年");
      if (year.previous() != null) {
        headers.add(year.year() + "年较上年增减（件数为%，比率为百分点）");
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    List<Object> source = new ArrayList<>(Arrays.asList(null, "数据来源", null));
    for (YearOverYear.Year year : y.years()) {
      source.add(year.figures().sourceLabel());
      if (year.previous() != null) {
        source.add(null);
      }
    }
    rows.add(source);
    for (Measure m : Measure.values()) {
      List<Object> row = new ArrayList<>(List.of(m.group().label(), m.description(), m.unit()));
      for (YearOverYear.Year year : y.years()) {
        row.add(year.value(m));
        if (year.previous() != null) {
          Change c = year.change(m);
          row.add(c == null ? null : c.rounded());
        }
      }
      rows.add(row);
    }
    return Xlsx.write(headers, rows, "历年比较");
  }

  /** Rows: the agencies and their total; columns: the measures. */
  public static byte[] of(SideBySide s) {
    List<String> headers = new ArrayList<>(List.of("机关代码", "机关", "统计范围", "数据来源"));
    for (Measure m : Measure.values()) {
      headers.add(m.group().label() + "·" + m.label() + "（" + m.unit() + "）");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : s.rows()) {
      List<Object> row = new ArrayList<>(List.of(r.agency().code(), r.agency().name(), r.scopeLabel(), r.figures().sourceLabel()));
      for (Measure m : Measure.values()) {
        row.add(r.value(m));
      }
      rows.add(row);
    }
    List<Object> total = new ArrayList<>(Arrays.asList(s.agency().code(), "合计", "全部", null));
    for (Measure m : Measure.values()) {
      total.add(s.totals().value(m));
    }
    rows.add(total);
    return Xlsx.write(headers, rows, s.year() + "年横向比较");
  }
}
