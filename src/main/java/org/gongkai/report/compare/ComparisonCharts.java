package org.gongkai.report.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gongkai.report.compare.SideBySide.Row;
import org.gongkai.report.compare.SvgCharts.BarRow;
import org.gongkai.report.compare.SvgCharts.Chart;
import org.gongkai.report.compare.SvgCharts.Series;
import org.gongkai.report.compare.SvgCharts.StackRow;

/** The charts of the two comparison pages. */
public final class ComparisonCharts {

  /** The most agencies a side-by-side chart lists (the table lists them all). */
  static final int MAX_AGENCIES = 40;

  /** The most years drawn as columns; more are drawn as bars, one row per year. */
  static final int MAX_COLUMNS = 10;

  /** The outcome groups of section 三 in the order and colours of the stacked charts. */
  static final List<Series> OUTCOME_SERIES = List.of(
      new Series("予以公开", SvgCharts.BLUE),
      new Series("部分公开", SvgCharts.LIGHT_BLUE),
      new Series("不予公开", SvgCharts.RED),
      new Series("无法提供", SvgCharts.AMBER),
      new Series("不予处理", SvgCharts.PURPLE),
      new Series("其他处理", SvgCharts.GREY));

  private ComparisonCharts() {}

  public static List<Chart> of(YearOverYear y) {
    List<String> years = y.years().stream().map(x -> x.year() + "年").toList();
    List<Chart> charts = new ArrayList<>();

    Series received = new Series("新收申请", SvgCharts.BLUE);
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (YearOverYear.Year year : y.years()) {
      Number n = year.value(Measure.RECEIVED);
      values.add(n == null ? null : n.doubleValue());
      texts.add(n == null ? "—" : SvgCharts.compact(n.doubleValue()));
    }
    String title = "本年新收政府信息公开申请（件）";
    String svg;
    if (y.years().size() <= MAX_COLUMNS) {
      // on a phone, eight columns leave room for 2019 but not for 2019年
      List<String> labels = y.years().size() <= 5 ? years : y.years().stream().map(x -> String.valueOf(x.year())).toList();
      svg = SvgCharts.columns(title, received, labels, values, texts);
    } else {
      List<BarRow> rows = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        rows.add(new BarRow(years.get(i), Arrays.asList(values.get(i)), List.of(texts.get(i))));
      }
      svg = SvgCharts.bars(title, List.of(received), rows);
    }
    charts.add(new Chart(title, List.of(), svg, changeNote(y)));

    List<StackRow> outcomes = new ArrayList<>();
    for (YearOverYear.Year year : y.years()) {
      outcomes.add(new StackRow(year.year() + "年", outcomeCounts(year.figures().figures())));
    }
    title = "办理结果构成（占本年办结的比例）";
    charts.add(new Chart(title, OUTCOME_SERIES, SvgCharts.stacked(title, OUTCOME_SERIES, outcomes), null));

    List<Series> appeals = List.of(new Series("行政复议纠错率", SvgCharts.RED), new Series("行政诉讼纠错率", SvgCharts.AMBER));
    List<BarRow> rates = new ArrayList<>();
    for (YearOverYear.Year year : y.years()) {
      KeyFigures f = year.figures().figures();
      rates.add(new BarRow(year.year() + "年",
          Arrays.asList(f.number(Measure.RECONSIDERATION_RATE), f.number(Measure.LITIGATION_RATE)),
          List.of(rateText(f, Measure.RECONSIDERATION_RATE), rateText(f, Measure.LITIGATION_RATE))));
    }
    title = "行政复议、行政诉讼纠错率（%）";
    charts.add(new Chart(title, appeals, SvgCharts.bars(title, appeals, rates), "纠错率＝结果纠正÷已审结（维持＋纠正＋其他结果）；括号内为纠正件数/审结件数。"));

    List<Series> decisions = List.of(new Series("行政许可", SvgCharts.BLUE), new Series("行政处罚", SvgCharts.RED),
        new Series("行政强制", SvgCharts.AMBER));
    List<BarRow> decided = new ArrayList<>();
    for (YearOverYear.Year year : y.years()) {
      KeyFigures f = year.figures().figures();
      decided.add(new BarRow(year.year() + "年",
          Arrays.asList(f.number(Measure.LICENSING), f.number(Measure.PENALTY), f.number(Measure.COERCION)),
          List.of(countText(f, Measure.LICENSING), countText(f, Measure.PENALTY), countText(f, Measure.COERCION))));
    }
    title = "行政许可、行政处罚、行政强制处理决定（件）";
    charts.add(new Chart(title, decisions, SvgCharts.bars(title, decisions, decided), null));
    return charts;
  }

  public static List<Chart> of(SideBySide s) {
    List<Chart> charts = new ArrayList<>();
    List<Row> byRequests = s.rows().stream()
        .filter(r -> r.figures().figures().count(Measure.RECEIVED) > 0)
        .sorted(Comparator.comparingLong((Row r) -> r.figures().figures().count(Measure.RECEIVED)).reversed())
        .toList();
    List<Row> shown = byRequests.subList(0, Math.min(MAX_AGENCIES, byRequests.size()));
    String omitted = s.rows().size() > shown.size()
        ? "另有 " + (s.rows().size() - shown.size()) + " 个机关未列出（申请较少或没有新收申请），见下表。" : null;

    Series received = new Series("新收申请", SvgCharts.BLUE);
    List<BarRow> bars = new ArrayList<>();
    for (Row r : shown) {
      long n = r.figures().figures().count(Measure.RECEIVED);
      bars.add(new BarRow(r.shortLabel(), List.of((double) n), List.of(SvgCharts.compact(n))));
    }
    String title = s.year() + "年各机关新收政府信息公开申请（件）";
    charts.add(new Chart(title, List.of(), bars.isEmpty() ? null : SvgCharts.bars(title, List.of(received), bars),
        bars.isEmpty() ? "本年没有新收申请。" : "按新收申请数从多到少排列。" + scopeNote(s) + (omitted == null ? "" : omitted)));

    List<Row> handled = s.rows().stream()
        .filter(r -> r.figures().figures().count(Measure.HANDLED) > 0)
        .sorted(Comparator.comparingLong((Row r) -> r.figures().figures().count(Measure.HANDLED)).reversed())
        .limit(MAX_AGENCIES)
        .toList();
    List<StackRow> stacks = new ArrayList<>();
    for (Row r : handled) {
      stacks.add(new StackRow(r.shortLabel(), outcomeCounts(r.figures().figures())));
    }
    title = s.year() + "年各机关办理结果构成（占本年办结的比例）";
    charts.add(new Chart(title, OUTCOME_SERIES, stacks.isEmpty() ? null : SvgCharts.stacked(title, OUTCOME_SERIES, stacks),
        stacks.isEmpty() ? "本年没有办结的申请。" : "按办结件数从多到少排列，括号内为办结件数。"));

    List<Row> appealed = s.rows().stream()
        .filter(r -> r.figures().figures().count(Measure.RECONSIDERATION_DECIDED) > 0)
        .sorted(Comparator.comparing((Row r) -> r.figures().figures().number(Measure.RECONSIDERATION_RATE)).reversed()
            .thenComparing(Comparator.comparingLong((Row r) -> r.figures().figures().count(Measure.RECONSIDERATION_DECIDED)).reversed()))
        .limit(MAX_AGENCIES)
        .toList();
    Series rate = new Series("行政复议纠错率", SvgCharts.RED);
    List<BarRow> rates = new ArrayList<>();
    for (Row r : appealed) {
      KeyFigures f = r.figures().figures();
      rates.add(new BarRow(r.shortLabel(), List.of(f.number(Measure.RECONSIDERATION_RATE)), List.of(rateText(f, Measure.RECONSIDERATION_RATE))));
    }
    title = s.year() + "年各机关行政复议纠错率（%）";
    charts.add(new Chart(title, List.of(), rates.isEmpty() ? null : SvgCharts.bars(title, List.of(rate), rates),
        rates.isEmpty() ? "本年没有审结的行政复议案件。"
            : "纠错率＝结果纠正÷已审结（维持＋纠正＋其他结果），只列有审结案件的机关；括号内为纠正件数/审结件数。"));
    return charts;
  }

  private static String scopeNote(SideBySide s) {
    return s.mode() == SideBySide.RowMode.CHILDREN ? "各区县、部门的数据含其下属机构，“本级”为本机关自身。" : "";
  }

  private static List<Long> outcomeCounts(KeyFigures f) {
    return Measure.OUTCOMES.stream().map(f::count).toList();
  }

  private static String changeNote(YearOverYear y) {
    StringBuilder note = new StringBuilder();
    for (YearOverYear.Year year : y.years()) {
      Change c = year.change(Measure.RECEIVED);
      if (c != null) {
        note.append(note.length() == 0 ? "较上年：" : "；").append(year.year()).append("年").append(c.text());
      }
    }
    return note.length() == 0 ? null : note.append("。").toString();
  }

  private static String rateText(KeyFigures f, Measure rate) {
    Number r = f.value(rate);
    if (r == null) {
      return "无审结案件";
    }
    return SvgCharts.percent(r.doubleValue()) + "（" + f.count(rate.numerator()) + "/" + f.count(rate.denominator()) + "）";
  }

  private static String countText(KeyFigures f, Measure m) {
    Number n = f.value(m);
    return n == null ? "—" : SvgCharts.compact(n.doubleValue());
  }
}
