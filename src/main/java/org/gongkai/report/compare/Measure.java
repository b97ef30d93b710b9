package org.gongkai.report.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Report;

/**
 * The key figures a comparison shows, in table order: counts read from the cells of a report (the
 * same in both formats where the formats differ only in wording), and rates computed from two
 * counts. The definitions are those of {@code docs/annual-report.md}; the rates are defined in its
 * section on comparisons.
 */
public enum Measure {
  /** 规章：本年制发件数 (2019 format: 本年新制作数量). */
  RULES_MADE(Group.PROACTIVE, "规章·制发", "规章：本年制发（新制作）件数", cell("proactive.rules.newlyMade", "proactive.rules.made")),
  /** 规章：现行有效件数 (2019 format: 对外公开总数量). */
  RULES_IN_FORCE(Group.PROACTIVE, "规章·现行有效", "规章：现行有效（对外公开总数）件数",
      cell("proactive.rules.totalPublished", "proactive.rules.inForce")),
  NORMATIVE_MADE(Group.PROACTIVE, "规范性文件·制发", "行政规范性文件：本年制发（新制作）件数",
      cell("proactive.normativeDocuments.newlyMade", "proactive.normativeDocuments.made")),
  NORMATIVE_IN_FORCE(Group.PROACTIVE, "规范性文件·现行有效", "行政规范性文件：现行有效（对外公开总数）件数",
      cell("proactive.normativeDocuments.totalPublished", "proactive.normativeDocuments.inForce")),
  LICENSING(Group.PROACTIVE, "行政许可决定", "行政许可处理决定数量", cell("proactive.administrativeLicensing.decisions")),
  PENALTY(Group.PROACTIVE, "行政处罚决定", "行政处罚处理决定数量", cell("proactive.administrativePenalty.decisions")),
  COERCION(Group.PROACTIVE, "行政强制决定", "行政强制处理决定数量", cell("proactive.administrativeCoercion.decisions")),

  RECEIVED_NATURAL_PERSON(Group.REQUESTS, "新收·自然人", "本年新收申请：自然人", cell("requests.received.naturalPerson")),
  RECEIVED_COMMERCIAL(Group.REQUESTS, "新收·商业企业", "本年新收申请：商业企业", cell("requests.received.commercialEnterprise")),
  RECEIVED_RESEARCH(Group.REQUESTS, "新收·科研机构", "本年新收申请：科研机构", cell("requests.received.researchInstitution")),
  RECEIVED_WELFARE(Group.REQUESTS, "新收·社会公益组织", "本年新收申请：社会公益组织",
      cell("requests.received.publicWelfareOrganization")),
  RECEIVED_LEGAL(Group.REQUESTS, "新收·法律服务机构", "本年新收申请：法律服务机构", cell("requests.received.legalServiceAgency")),
  RECEIVED_OTHER(Group.REQUESTS, "新收·其他组织", "本年新收申请：其他组织", cell("requests.received.otherOrganization")),
  RECEIVED(Group.REQUESTS, "新收申请", "本年新收申请合计", cell("requests.received.total")),
  CARRIED_FROM(Group.REQUESTS, "上年结转", "上年结转申请", cell("requests.carriedOverFromLastYear.total")),
  HANDLED(Group.REQUESTS, "本年办结", "本年办结（办理结果总计）", cell("requests.handledTotal.total")),
  GRANTED(Group.REQUESTS, "予以公开", "予以公开", cell("requests.granted.total")),
  PARTIALLY_GRANTED(Group.REQUESTS, "部分公开", "部分公开", cell("requests.partiallyGranted.total")),
  WITHHELD(Group.REQUESTS, "不予公开", "不予公开", sum("requests.withheld.")),
  UNAVAILABLE(Group.REQUESTS, "无法提供", "无法提供", sum("requests.unavailable.")),
  NOT_PROCESSED(Group.REQUESTS, "不予处理", "不予处理", sum("requests.notProcessed.")),
  OTHER(Group.REQUESTS, "其他处理", "其他处理", sum("requests.other")),
  GRANTED_SHARE(Group.REQUESTS, "予以公开", "予以公开占办结比例", GRANTED, HANDLED),
  PARTIALLY_GRANTED_SHARE(Group.REQUESTS, "部分公开", "部分公开占办结比例", PARTIALLY_GRANTED, HANDLED),
  WITHHELD_SHARE(Group.REQUESTS, "不予公开", "不予公开占办结比例", WITHHELD, HANDLED),
  UNAVAILABLE_SHARE(Group.REQUESTS, "无法提供", "无法提供占办结比例", UNAVAILABLE, HANDLED),
  NOT_PROCESSED_SHARE(Group.REQUESTS, "不予处理", "不予处理占办结比例", NOT_PROCESSED, HANDLED),
  OTHER_SHARE(Group.REQUESTS, "其他处理", "其他处理占办结比例", OTHER, HANDLED),
  CARRIED_TO(Group.REQUESTS, "结转下年", "结转下年度继续办理", cell("requests.carriedOverToNextYear.total")),

  RECONSIDERATION(Group.APPEALS, "行政复议", "行政复议案件总数", cell("appeals.reconsideration.total")),
  RECONSIDERATION_DECIDED(Group.APPEALS, "复议审结", "行政复议已审结（维持＋纠正＋其他）",
      sum("appeals.reconsideration.upheld", "appeals.reconsideration.corrected", "appeals.reconsideration.other")),
  RECONSIDERATION_CORRECTED(Group.APPEALS, "复议纠正", "行政复议结果纠正", cell("appeals.reconsideration.corrected")),
  RECONSIDERATION_RATE(Group.APPEALS, "复议纠错率", "行政复议纠错率（纠正÷审结）", RECONSIDERATION_CORRECTED, RECONSIDERATION_DECIDED),
  LITIGATION(Group.APPEALS, "行政诉讼", "行政诉讼案件总数（直接起诉＋复议后起诉）",
      sum("appeals.litigationDirect.total", "appeals.litigationAfterReconsideration.total")),
  LITIGATION_DECIDED(Group.APPEALS, "诉讼审结", "行政诉讼已审结（维持＋纠正＋其他）",
      sum("appeals.litigationDirect.upheld", "appeals.litigationDirect.corrected", "appeals.litigationDirect.other",
          "appeals.litigationAfterReconsideration.upheld", "appeals.litigationAfterReconsideration.corrected",
          "appeals.litigationAfterReconsideration.other")),
  LITIGATION_CORRECTED(Group.APPEALS, "诉讼纠正", "行政诉讼结果纠正",
      sum("appeals.litigationDirect.corrected", "appeals.litigationAfterReconsideration.corrected")),
  LITIGATION_RATE(Group.APPEALS, "诉讼纠错率", "行政诉讼纠错率（纠正÷审结）", LITIGATION_CORRECTED, LITIGATION_DECIDED);

  /** The three parts of the report a measure belongs to. */
  public enum Group {
    PROACTIVE("主动公开"),
    REQUESTS("依申请公开"),
    APPEALS("行政复议、行政诉讼");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The outcome counts, in the order of the table, and their shares. */
  public static final List<Measure> OUTCOMES = List.of(GRANTED, PARTIALLY_GRANTED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER);

  /**
   * What the comparison pages show as columns or rows; the outcome counts and the decided cases
   * (the parts of the shares and rates) only in the spreadsheets.
   */
  public static final List<Measure> SHOWN = Arrays.stream(values())
      .filter(m -> !OUTCOMES.contains(m) && m != RECONSIDERATION_DECIDED && m != LITIGATION_DECIDED)
      .toList();

  private final Group group;
  private final String label;
  private final String description;
  private final Function<Report, Long> count;
  private final Measure numerator;
  private final Measure denominator;

  Measure(Group group, String label, String description, Function<Report, Long> count) {
    this.group = group;
    this.label = label;
    this.description = description;
    this.count = count;
    this.numerator = null;
    this.denominator = null;
  }

  Measure(Group group, String label, String description, Measure numerator, Measure denominator) {
    this.group = group;
    this.label = label;
    this.description = description;
    this.count = null;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public Group group() {
    return group;
  }

  /** The short label of a table heading: 新收申请, 复议纠错率. */
  public String label() {
    return label;
  }

  /** The full wording: 行政复议纠错率（纠正÷审结）. */
  public String description() {
    return description;
  }

  /** Whether this is a percentage computed from two counts (otherwise a count of 件). */
  public boolean isRate() {
    return numerator != null;
  }

  public String unit() {
    return isRate() ? "%" : "件";
  }

  /** 5,758 · 23.5% · — (blank). */
  public String format(Number value) {
    if (value == null) {
      return "—";
    }
    return isRate() ? SvgCharts.percent(value.doubleValue()) : String.format(Locale.ROOT, "%,d", value.longValue());
  }

  Measure numerator() {
    return numerator;
  }

  Measure denominator() {
    return denominator;
  }

  /** The count in the report, or null where the report leaves it blank; null for a rate. */
  Long countIn(Report report) {
    return count == null ? null : count.apply(report);
  }

  /** The cell of the format (2019 and 2021 keys where the formats name it differently). */
  private static Function<Report, Long> cell(String key2019, String key2021) {
    return r -> r.count(r.format() == ReportFormat.F2019 ? key2019 : key2021);
  }

  private static Function<Report, Long> cell(String key) {
    return r -> r.count(key);
  }

  /** The sum of the cells (by key, or of the total column of every row starting with a prefix); null if all are blank. */
  private static Function<Report, Long> sum(String... keysOrPrefix) {
    return r -> {
      Long total = null;
      for (String key : keysOrPrefix) {
        if (key.startsWith("requests.")) {
          for (String cell : r.cells().keySet()) {
            if (cell.startsWith(key) && cell.endsWith(".total")) {
              total = add(total, r.count(cell));
            }
          }
        } else {
          total = add(total, r.count(key));
        }
      }
      return total;
    };
  }

  /** a + b where a blank (null) adds nothing; null only if both are blank. */
  static Long add(Long a, Long b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a + b;
  }
}
