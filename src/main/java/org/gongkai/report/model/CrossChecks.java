package org.gongkai.report.model;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Layout.Field;
import org.gongkai.report.model.Layout.RequestRow;

/**
 * The cross-checks (勾稽关系) of the format. A rule is skipped when one of its cells is blank.
 * Rule names are those of {@code annual-report-json.md}.
 */
public final class CrossChecks {

  private CrossChecks() {}

  /** Runs every rule on the report (and the cross-year rules when last year's report is given). */
  public static List<Violation> check(Report report, Report lastYear) {
    List<Violation> out = new ArrayList<>();
    ReportFormat format = report.format();
    List<RequestRow> rows = Layout.requests(format);
    // requests.balance: per column, 一 + 二 = 三（七） + 四
    for (Field column : Layout.REQUEST_COLUMNS) {
      String c = column.key();
      List<String> cells = List.of("requests.received." + c, "requests.carriedOverFromLastYear." + c,
          "requests.handledTotal." + c, "requests.carriedOverToNextYear." + c);
      Long[] v = values(report, cells);
      if (v != null && v[0] + v[1] != v[2] + v[3]) {
        out.add(new Violation("requests.balance", cells, v[0] + v[1], v[2] + v[3],
            "本年新收（" + v[0] + "）加上年结转（" + v[1] + "）应等于办理结果总计（" + v[2] + "）加结转下年度继续办理（"
                + v[3] + "），即 " + (v[0] + v[1]) + "，实为 " + (v[2] + v[3]) + "（" + column.label() + "列）"));
      }
    }
    // requests.handledTotal: per column, （七）总计 = sum of the outcome rows
    List<RequestRow> outcomes = Layout.outcomeRows(format);
    for (Field column : Layout.REQUEST_COLUMNS) {
      String c = column.key();
      List<String> cells = new ArrayList<>();
      for (RequestRow row : outcomes) {
        cells.add("requests." + row.key() + "." + c);
      }
      cells.add("requests.handledTotal." + c);
      Long[] v = values(report, cells);
      if (v != null) {
        long sum = 0;
        for (int i = 0; i < v.length - 1; i++) {
          sum += v[i];
        }
        long found = v[v.length - 1];
        if (sum != found) {
          out.add(new Violation("requests.handledTotal", cells, sum, found,
              "（七）总计应等于（一）至（六）各项之和 " + sum + "，实为 " + found + "（" + column.label() + "列）"));
        }
      }
    }
    // requests.columnTotal: per row, 总计 = six applicant columns
    for (RequestRow row : rows) {
      List<String> cells = new ArrayList<>();
      for (Field column : Layout.APPLICANT_COLUMNS) {
        cells.add("requests." + row.key() + "." + column.key());
      }
      cells.add("requests." + row.key() + ".total");
      Long[] v = values(report, cells);
      if (v != null) {
        long sum = 0;
        for (int i = 0; i < 6; i++) {
          sum += v[i];
        }
        if (sum != v[6]) {
          String label = row.group() == null ? row.label() : row.group() + row.label();
          out.add(new Violation("requests.columnTotal", cells, sum, v[6],
              "“" + label + "”一行的总计应等于自然人与法人或其他组织各列之和 " + sum + "，实为 " + v[6]));
        }
      }
    }
    // appeals.total
    for (Field block : Layout.APPEAL_BLOCKS) {
      String b = "appeals." + block.key() + ".";
      List<String> cells = List.of(b + "upheld", b + "corrected", b + "other", b + "pending", b + "total");
      Long[] v = values(report, cells);
      if (v != null && v[0] + v[1] + v[2] + v[3] != v[4]) {
        long sum = v[0] + v[1] + v[2] + v[3];
        String name = block.key().equals("reconsideration") ? "行政复议" : "行政诉讼（" + block.label() + "）";
        out.add(new Violation("appeals.total", cells, sum, v[4],
            name + "的总计应等于结果维持、结果纠正、其他结果、尚未审结之和 " + sum + "，实为 " + v[4]));
      }
    }
    if (lastYear != null) {
      checkAgainstLastYear(report, lastYear, out);
    }
    return out;
  }

  private static void checkAgainstLastYear(Report report, Report lastYear, List<Violation> out) {
    for (Field column : Layout.REQUEST_COLUMNS) {
      String now = "requests.carriedOverFromLastYear." + column.key();
      String before = "requests.carriedOverToNextYear." + column.key();
      Long found = report.count(now);
      Long expected = lastYear.has(before) ? lastYear.count(before) : null;
      if (found != null && expected != null && !found.equals(expected)) {
        out.add(new Violation("requests.carryOver", List.of(now, "lastYear." + before), expected, found,
            "上年结转（" + found + "）应等于上一年度报告的结转下年度继续办理（" + expected + "）（" + column.label() + "列）"));
      }
    }
    if (report.format() == ReportFormat.F2021 && lastYear.format() == ReportFormat.F2021) {
      for (String row : List.of("rules", "normativeDocuments")) {
        String p = "proactive." + row + ".";
        Long last = lastYear.count(p + "inForce");
        Long made = report.count(p + "made");
        Long repealed = report.count(p + "repealed");
        Long inForce = report.count(p + "inForce");
        if (last != null && made != null && repealed != null && inForce != null && last + made - repealed != inForce) {
          long expected = last + made - repealed;
          String label = row.equals("rules") ? "规章" : "行政规范性文件";
          out.add(new Violation("proactive.inForce", List.of(p + "inForce", "lastYear." + p + "inForce", p + "made", p + "repealed"),
              expected, inForce, label + "的现行有效件数应等于上年现行有效件数（" + last + "）加本年制发（" + made + "）减本年废止（"
                  + repealed + "），即 " + expected + "，实为 " + inForce));
        }
      }
    }
    if (report.format() == ReportFormat.F2019 && lastYear.format() == ReportFormat.F2019) {
      for (String row : List.of("administrativeLicensing", "otherManagementServices", "administrativePenalty",
          "administrativeCoercion", "administrativeFees")) {
        String p = "proactive." + row + ".";
        Long items = report.count(p + "itemsLastYear");
        Long lastItems = lastYear.count(p + "itemsLastYear");
        Long lastChange = lastYear.count(p + "itemsChange");
        if (items != null && lastItems != null && lastChange != null && lastItems + lastChange != items) {
          long expected = lastItems + lastChange;
          out.add(new Violation("proactive.itemsLastYear", List.of(p + "itemsLastYear", "lastYear." + p + "itemsLastYear",
              "lastYear." + p + "itemsChange"), expected, items,
              Layout.describe(report.format(), p + "itemsLastYear") + "应等于上一年度报告的上一年项目数量加本年增/减，即 " + expected
                  + "，实为 " + items));
        }
      }
    }
  }

  private static Long[] values(Report report, List<String> cells) {
    Long[] v = new Long[cells.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = report.count(cells.get(i));
      if (v[i] == null) {
        return null;
      }
    }
    return v;
  }
}
