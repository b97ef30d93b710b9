package org.gongkai.report.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.report.ReportScope;

/**
 * The key figures of the agencies under a supervisor in one year, one row each, with their totals.
 *
 * @param totals the rows added up: the area's figures
 * @param publishedArea the figures of the supervisor's own published report on its area, when one is
 *     published (to show whether the records changed since)
 */
public record SideBySide(Agency agency, int year, RowMode mode, List<Row> rows, KeyFigures totals, Figures publishedArea) {

  /** Which agencies are the rows. */
  public enum RowMode {
    /** 本级 (the agency alone), then each agency directly below it with everything below that. */
    CHILDREN("children", "下一级机关（各含其下属机构）"),
    /** Every agency of the area on its own. */
    ALL("all", "全部机关逐一列出");

    private final String key;
    private final String label;

    RowMode(String key, String label) {
      this.key = key;
      this.label = label;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** The mode named {@code key}, or null. */
    public static RowMode fromKey(String key) {
      for (RowMode m : values()) {
        if (m.key.equals(key)) {
          return m;
        }
      }
      return null;
    }
  }

  /**
   * One agency.
   *
   * @param own whether this is the supervisor itself (本级)
   */
  public record Row(Agency agency, ReportScope scope, boolean own, Figures figures) {

    public Number value(Measure m) {
      return figures.figures().value(m);
    }

    /** 重庆市万州区人民政府（含下属机构）/ 重庆市人民政府（本级）/ 重庆市教育委员会. */
    public String label() {
      return own || scope == ReportScope.SUBTREE ? agency.name() + "（" + scopeLabel() + "）" : agency.name();
    }

    /** The short name for charts: 万州区政府 (含下属机构 is said once under the chart), 市政府（本级）. */
    public String shortLabel() {
      return agency.displayName() + (own ? "（本级）" : "");
    }

    /** 本级 / 含下属机构 / 本机关. */
    public String scopeLabel() {
      return own ? "本级" : scope == ReportScope.SUBTREE ? "含下属机构" : "本机关";
    }
  }

  /** The rows ordered by a measure (blank last), or in tree order when {@code by} is null. */
  public List<Row> sorted(Measure by, boolean descending) {
    if (by == null) {
      return rows;
    }
    Comparator<Row> order = Comparator.comparing(r -> r.figures().figures().number(by),
        Comparator.nullsLast(descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder()));
    List<Row> out = new ArrayList<>(rows);
    out.sort(order);
    return out;
  }

  /** Whether the totals differ from the supervisor's published area report in any count. */
  public boolean totalsDifferFromPublished() {
    return publishedArea != null && !publishedArea.figures().equals(totals);
  }
}
