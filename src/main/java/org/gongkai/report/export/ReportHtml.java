package org.gongkai.report.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Layout.Field;
import org.gongkai.report.model.Layout.ProactiveBlock;
import org.gongkai.report.model.Layout.ProactiveRow;
import org.gongkai.report.model.Layout.RequestRow;
import org.gongkai.report.model.Report;

/**
 * The report in the official layout as XHTML: the title, the six sections and the three tables
 * with exactly the rows, columns, merged header cells and wording of the format. The same markup
 * serves the portal page, the PDF and (with marks on cells) the validation page.
 */
public final class ReportHtml {

  /** The style of the tables and the document, for the portal page and the PDF. */
  public static final String CSS = """
      .annual-report { font-family: '宋体', 'SimSun', 'WenQuanYi Zen Hei', serif; color: #000; line-height: 1.8; }
      .annual-report h1.report-title { text-align: center; font-size: 22pt; font-weight: bold; margin: 0 0 1em; line-height: 1.4; }
      .annual-report h2 { font-size: 14pt; font-weight: bold; margin: 1.2em 0 .5em; page-break-after: avoid; }
      .annual-report p { text-indent: 2em; margin: .3em 0; }
      .annual-report table.report-table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 9pt; table-layout: fixed; page-break-inside: avoid; }
      .annual-report table.report-table td { border: 1px solid #000; padding: 2px 3px; text-align: center; vertical-align: middle; line-height: 1.35; word-wrap: break-word; }
      .annual-report table.report-table td.label { text-align: left; }
      .annual-report table.report-table td.head { font-weight: bold; background: #f2f2f2; }
      .annual-report table.report-table td.block { font-weight: bold; background: #e6e6e6; text-align: center; }
      .annual-report table.report-table td.violation { background: #fde2e1; color: #9b1c1c; font-weight: bold; }
      .annual-report table.report-table td.warning { background: #fff4d6; }
      .annual-report .placeholder { color: #777; }
      """;

  private final Report report;
  private final Set<String> violated;
  private final Map<String, String> warned;

  private ReportHtml(Report report, Set<String> violated, Map<String, String> warned) {
    this.report = report;
    this.violated = violated;
    this.warned = warned;
  }

  /** The title as published: 重庆市2020年政府信息公开工作年度报告. */
  public static String title(Report report) {
    return (report.agencyName() == null ? "" : report.agencyName()) + report.year() + "年政府信息公开工作年度报告";
  }

  /** The three tables only, with the violated and warned cells marked (for the validation page). */
  public static String tables(Report report, Set<String> violated, Map<String, String> warned) {
    ReportHtml h = new ReportHtml(report, violated, warned);
    StringBuilder out = new StringBuilder();
    out.append("<h2>二、主动公开政府信息情况</h2>");
    h.proactive(out);
    out.append("<h2>三、收到和处理政府信息公开申请情况</h2>");
    h.requests(out);
    out.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
    h.appeals(out);
    return out.toString();
  }

  /** The report body (title, six sections, tables) as an XHTML fragment inside {@code div.annual-report}. */
  public static String body(Report report, Narrative narrative) {
    ReportHtml h = new ReportHtml(report, Set.of(), Map.of());
    StringBuilder out = new StringBuilder("<div class=\"annual-report\">");
    out.append("<h1 class=\"report-title\">").append(esc(title(report))).append("</h1>");
    String basis = report.format() == ReportFormat.F2019
        ? "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
        : "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）";
    out.append("<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定和").append(esc(basis)).append("要求，发布《")
        .append(esc(title(report))).append("》。</p>");
    out.append("<h2>一、总体情况</h2>");
    paragraphs(out, narrative.overview());
    out.append("<h2>二、主动公开政府信息情况</h2>");
    h.proactive(out);
    out.append("<h2>三、收到和处理政府信息公开申请情况</h2>");
    h.requests(out);
    out.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
    h.appeals(out);
    out.append("<h2>五、存在的主要问题及改进情况</h2>");
    paragraphs(out, narrative.problems());
    out.append("<h2>六、其他需要报告的事项</h2>");
    paragraphs(out, narrative.other());
    out.append("</div>");
    return out.toString();
  }

  /** A whole XHTML document (for the PDF renderer and for download). */
  public static String document(Report report, Narrative narrative) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>"
        + esc(title(report)) + "</title><style>@page { size: A4; margin: 22mm 18mm; } body { margin: 0; }"
        + CSS + "</style></head><body>" + body(report, narrative) + "</body></html>";
  }

  private static void paragraphs(StringBuilder out, String text) {
    if (text == null || text.isBlank()) {
      out.append("<p class=\"placeholder\">（本部分由本机关填写。）</p>");
      return;
    }
    for (String p : text.split("\\r?\\n")) {
      if (!p.isBlank()) {
        out.append("<p>").append(esc(p.strip())).append("</p>");
      }
    }
  }

  // ---------------------------------------------------------------- section 二

  private void proactive(StringBuilder out) {
    out.append("<table class=\"report-table proactive\"><colgroup><col style=\"width:31%\"/><col style=\"width:23%\"/>"
        + "<col style=\"width:23%\"/><col style=\"width:23%\"/></colgroup><tbody>");
    for (ProactiveBlock block : Layout.proactive(report.format())) {
      out.append("<tr><td class=\"block\" colspan=\"4\">").append(esc(block.article())).append("</td></tr>");
      out.append("<tr><td class=\"head\">信息内容</td>");
      List<Field> fields = block.fields();
      for (int i = 0; i < fields.size(); i++) {
        out.append("<td class=\"head\"").append(span(fields.size(), i)).append(">").append(esc(fields.get(i).label()))
            .append("</td>");
      }
      out.append("</tr>");
      for (ProactiveRow row : block.rows()) {
        out.append("<tr><td class=\"label\">").append(esc(row.label())).append("</td>");
        for (int i = 0; i < fields.size(); i++) {
          String key = "proactive." + row.key() + "." + fields.get(i).key();
          cell(out, key, span(fields.size(), i));
        }
        out.append("</tr>");
      }
    }
    out.append("</tbody></table>");
  }

  /** Blocks with fewer than three columns stretch their last column over the rest. */
  private static String span(int fields, int i) {
    return i == fields - 1 && fields < 3 ? " colspan=\"" + (4 - fields) + "\"" : "";
  }

  // ---------------------------------------------------------------- section 三

  private void requests(StringBuilder out) {
    List<RequestRow> rows = Layout.requests(report.format());
    out.append("<table class=\"report-table requests\"><colgroup><col style=\"width:7%\"/><col style=\"width:9%\"/>"
        + "<col style=\"width:27%\"/>");
    for (int i = 0; i < 7; i++) {
      out.append("<col style=\"width:8.1%\"/>");
    }
    out.append("</colgroup><tbody>");
    out.append("<tr><td class=\"head\" rowspan=\"3\" colspan=\"3\">").append(esc(Layout.REQUEST_NOTE))
        .append("</td><td class=\"head\" colspan=\"7\">申请人情况</td></tr>");
    out.append("<tr><td class=\"head\" rowspan=\"2\">自然人</td><td class=\"head\" colspan=\"5\">法人或其他组织</td>"
        + "<td class=\"head\" rowspan=\"2\">总计</td></tr>");
    out.append("<tr>");
    for (Field c : Layout.REQUEST_COLUMNS.subList(1, 6)) {
      out.append("<td class=\"head\">").append(esc(c.label())).append("</td>");
    }
    out.append("</tr>");
    int resultRows = (int) rows.stream().filter(r -> r.level() > 0).count();
    boolean resultsOpened = false;
    String openGroup = null;
    for (RequestRow row : rows) {
      out.append("<tr>");
      if (row.level() == 0) {
        out.append("<td class=\"label\" colspan=\"3\">").append(esc(row.label())).append("</td>");
      } else {
        if (!resultsOpened) {
          out.append("<td class=\"label\" rowspan=\"").append(resultRows).append("\">").append(esc(Layout.REQUEST_RESULTS))
              .append("</td>");
          resultsOpened = true;
        }
        if (row.level() == 1) {
          out.append("<td class=\"label\" colspan=\"2\">").append(esc(row.label())).append("</td>");
          openGroup = null;
        } else {
          if (!row.group().equals(openGroup)) {
            long size = rows.stream().filter(r -> row.group().equals(r.group())).count();
            out.append("<td class=\"label\" rowspan=\"").append(size).append("\">").append(esc(row.group())).append("</td>");
            openGroup = row.group();
          }
          out.append("<td class=\"label\">").append(esc(row.label())).append("</td>");
        }
      }
      for (Field c : Layout.REQUEST_COLUMNS) {
        cell(out, "requests." + row.key() + "." + c.key(), "");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  // ---------------------------------------------------------------- section 四

  private void appeals(StringBuilder out) {
    out.append("<table class=\"report-table appeals\"><tbody>");
    out.append("<tr><td class=\"head\" colspan=\"5\">行政复议</td><td class=\"head\" colspan=\"10\">行政诉讼</td></tr>");
    out.append("<tr>");
    for (Field f : Layout.APPEAL_FIELDS) {
      out.append("<td class=\"head\" rowspan=\"2\">").append(esc(f.label())).append("</td>");
    }
    out.append("<td class=\"head\" colspan=\"5\">未经复议直接起诉</td><td class=\"head\" colspan=\"5\">复议后起诉</td></tr>");
    out.append("<tr>");
    for (int i = 0; i < 2; i++) {
      for (Field f : Layout.APPEAL_FIELDS) {
        out.append("<td class=\"head\">").append(esc(f.label())).append("</td>");
      }
    }
    out.append("</tr><tr>");
    for (Field b : Layout.APPEAL_BLOCKS) {
      for (Field f : Layout.APPEAL_FIELDS) {
        cell(out, "appeals." + b.key() + "." + f.key(), "");
      }
    }
    out.append("</tr></tbody></table>");
  }

  private void cell(StringBuilder out, String key, String attrs) {
    String cls = violated.contains(key) ? "violation" : warned.containsKey(key) ? "warning" : null;
    out.append("<td").append(attrs);
    if (cls != null) {
      out.append(" class=\"").append(cls).append("\"");
    }
    if (warned.containsKey(key)) {
      out.append(" title=\"").append(esc(warned.get(key))).append("\"");
    }
    out.append(" data-cell=\"").append(key).append("\">").append(esc(format(key, report.get(key)))).append("</td>");
  }

  /** A figure as printed: signed changes with their sign, amounts in 万元. */
  public static String format(String key, Number value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    if (key.endsWith(".itemsChange") && value.doubleValue() > 0) {
      text = "+" + text;
    }
    if (key.endsWith(".amountWanYuan") && key.contains("centralizedProcurement")) {
      text = text + "万元";
    }
    return text;
  }

  /** The text escaped for HTML and SVG: &amp; &lt; &gt; &quot;. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
