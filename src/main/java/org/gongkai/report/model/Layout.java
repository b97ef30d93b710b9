package org.gongkai.report.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.report.ReportFormat;

/**
 * The official tables of both formats: blocks, rows, columns and their printed wording, with the
 * stable JSON key of every cell ({@code annual-report-json.md}). Parser, cross-checks, exporters and
 * the compiler all read the layout from here, so the wording exists once.
 */
public final class Layout {

  /** A column of a table: its key and its heading as printed. */
  public record Field(String key, String label) {}

  /** A row of the section 二 table. */
  public record ProactiveRow(String key, String label) {}

  /** One 第二十条 block of section 二: its heading, its columns and rows. */
  public record ProactiveBlock(String article, List<Field> fields, List<ProactiveRow> rows) {}

  /**
   * A row of the section 三 table.
   *
   * @param level 0 = a top row (一、二、四), 1 = an outcome row under 三、本年度办理结果, 2 = a numbered
   *     sub-row of {@code group}
   * @param group the printed heading of the group a level-2 row belongs to, e.g. （三）不予公开
   */
  public record RequestRow(String key, String label, int level, String group) {}

  public static final String REQUEST_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  public static final String REQUEST_RESULTS = "三、本年度办理结果";

  public static final List<Field> REQUEST_COLUMNS = List.of(
      new Field("naturalPerson", "自然人"),
      new Field("commercialEnterprise", "商业企业"),
      new Field("researchInstitution", "科研机构"),
      new Field("publicWelfareOrganization", "社会公益组织"),
      new Field("legalServiceAgency", "法律服务机构"),
      new Field("otherOrganization", "其他"),
      new Field("total", "总计"));

  /** The six applicant columns, without the total. */
  public static final List<Field> APPLICANT_COLUMNS = REQUEST_COLUMNS.subList(0, 6);

  public static final List<Field> APPEAL_BLOCKS = List.of(
      new Field("reconsideration", "行政复议"),
      new Field("litigationDirect", "未经复议直接起诉"),
      new Field("litigationAfterReconsideration", "复议后起诉"));

  public static final List<Field> APPEAL_FIELDS = List.of(
      new Field("upheld", "结果维持"),
      new Field("corrected", "结果纠正"),
      new Field("other", "其他结果"),
      new Field("pending", "尚未审结"),
      new Field("total", "总计"));

  private static final List<ProactiveBlock> PROACTIVE_2019 = List.of(
      new ProactiveBlock("第二十条第（一）项",
          List.of(new Field("newlyMade", "本年新制作数量"), new Field("newlyPublished", "本年新公开数量"),
              new Field("totalPublished", "对外公开总数量")),
          List.of(new ProactiveRow("rules", "规章"), new ProactiveRow("normativeDocuments", "规范性文件"))),
      new ProactiveBlock("第二十条第（五）项",
          List.of(new Field("itemsLastYear", "上一年项目数量"), new Field("itemsChange", "本年增/减"),
              new Field("decisions", "处理决定数量")),
          List.of(new ProactiveRow("administrativeLicensing", "行政许可"),
              new ProactiveRow("otherManagementServices", "其他对外管理服务事项"))),
      new ProactiveBlock("第二十条第（六）项",
          List.of(new Field("itemsLastYear", "上一年项目数量"), new Field("itemsChange", "本年增/减"),
              new Field("decisions", "处理决定数量")),
          List.of(new ProactiveRow("administrativePenalty", "行政处罚"),
              new ProactiveRow("administrativeCoercion", "行政强制"))),
      new ProactiveBlock("第二十条第（八）项",
          List.of(new Field("itemsLastYear", "上一年项目数量"), new Field("itemsChange", "本年增/减")),
          List.of(new ProactiveRow("administrativeFees", "行政事业性收费"))),
      new ProactiveBlock("第二十条第（九）项",
          List.of(new Field("projects", "采购项目数量"), new Field("amountWanYuan", "采购总金额")),
          List.of(new ProactiveRow("centralizedProcurement", "政府集中采购"))));

  private static final List<ProactiveBlock> PROACTIVE_2021 = List.of(
      new ProactiveBlock("第二十条第（一）项",
          List.of(new Field("made", "本年制发件数"), new Field("repealed", "本年废止件数"),
              new Field("inForce", "现行有效件数")),
          List.of(new ProactiveRow("rules", "规章"), new ProactiveRow("normativeDocuments", "行政规范性文件"))),
      new ProactiveBlock("第二十条第（五）项",
          List.of(new Field("decisions", "本年处理决定数量")),
          List.of(new ProactiveRow("administrativeLicensing", "行政许可"))),
      new ProactiveBlock("第二十条第（六）项",
          List.of(new Field("decisions", "本年处理决定数量")),
          List.of(new ProactiveRow("administrativePenalty", "行政处罚"),
              new ProactiveRow("administrativeCoercion", "行政强制"))),
      new ProactiveBlock("第二十条第（八）项",
          List.of(new Field("amountWanYuan", "本年收费金额（单位：万元）")),
          List.of(new ProactiveRow("administrativeFees", "行政事业性收费"))));

  private static final String WITHHELD = "（三）不予公开";
  private static final String UNAVAILABLE = "（四）无法提供";
  private static final String NOT_PROCESSED = "（五）不予处理";
  private static final String OTHER = "（六）其他处理";

  private static List<RequestRow> requestRows(ReportFormat format) {
    List<RequestRow> rows = new ArrayList<>();
    rows.add(new RequestRow("received", "一、本年新收政府信息公开申请数量", 0, null));
    rows.add(new RequestRow("carriedOverFromLastYear", "二、上年结转政府信息公开申请数量", 0, null));
    rows.add(new RequestRow("granted", "（一）予以公开", 1, null));
    rows.add(new RequestRow("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, null));
    rows.add(new RequestRow("withheld.stateSecret", "1.属于国家秘密", 2, WITHHELD));
    rows.add(new RequestRow("withheld.prohibitedByLaw", "2.其他法律行政法规禁止公开", 2, WITHHELD));
    rows.add(new RequestRow("withheld.threeSecurityOneStability", "3.危及“三安全一稳定”", 2, WITHHELD));
    rows.add(new RequestRow("withheld.thirdPartyRights", "4.保护第三方合法权益", 2, WITHHELD));
    rows.add(new RequestRow("withheld.internalAffairs", "5.属于三类内部事务信息", 2, WITHHELD));
    rows.add(new RequestRow("withheld.processInformation", "6.属于四类过程性信息", 2, WITHHELD));
    rows.add(new RequestRow("withheld.lawEnforcementFiles", "7.属于行政执法案卷", 2, WITHHELD));
    rows.add(new RequestRow("withheld.administrativeQuery", "8.属于行政查询事项", 2, WITHHELD));
    rows.add(new RequestRow("unavailable.notHeld", "1.本机关不掌握相关政府信息", 2, UNAVAILABLE));
    rows.add(new RequestRow("unavailable.needsCreation", "2.没有现成信息需要另行制作", 2, UNAVAILABLE));
    rows.add(new RequestRow("unavailable.unclearAfterCorrection", "3.补正后申请内容仍不明确", 2, UNAVAILABLE));
    rows.add(new RequestRow("notProcessed.petitionOrComplaint", "1.信访举报投诉类申请", 2, NOT_PROCESSED));
    rows.add(new RequestRow("notProcessed.duplicate", "2.重复申请", 2, NOT_PROCESSED));
    rows.add(new RequestRow("notProcessed.publication", "3.要求提供公开出版物", 2, NOT_PROCESSED));
    rows.add(new RequestRow("notProcessed.massRepeated", "4.无正当理由大量反复申请", 2, NOT_PROCESSED));
    rows.add(new RequestRow("notProcessed.confirmOrReissue", "5.要求行政机关确认或重新出具已获取信息", 2, NOT_PROCESSED));
    if (format == ReportFormat.F2019) {
      rows.add(new RequestRow("other", OTHER, 1, null));
    } else {
      rows.add(new RequestRow("other.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2, OTHER));
      rows.add(new RequestRow("other.feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2, OTHER));
      rows.add(new RequestRow("other.other", "3.其他", 2, OTHER));
    }
    rows.add(new RequestRow("handledTotal", "（七）总计", 1, null));
    rows.add(new RequestRow("carriedOverToNextYear", "四、结转下年度继续办理", 0, null));
    return List.copyOf(rows);
  }

  private static final List<RequestRow> REQUESTS_2019 = requestRows(ReportFormat.F2019);
  private static final List<RequestRow> REQUESTS_2021 = requestRows(ReportFormat.F2021);
  private static final List<String> KEYS_2019 = keys(ReportFormat.F2019);
  private static final List<String> KEYS_2021 = keys(ReportFormat.F2021);
  private static final Map<String, Integer> INDEX_2019 = index(KEYS_2019);
  private static final Map<String, Integer> INDEX_2021 = index(KEYS_2021);

  private Layout() {}

  public static List<ProactiveBlock> proactive(ReportFormat format) {
    return format == ReportFormat.F2019 ? PROACTIVE_2019 : PROACTIVE_2021;
  }

  public static List<RequestRow> requests(ReportFormat format) {
    return format == ReportFormat.F2019 ? REQUESTS_2019 : REQUESTS_2021;
  }

  /** The rows whose sum is the （七）总计 row: every outcome row. */
  public static List<RequestRow> outcomeRows(ReportFormat format) {
    return requests(format).stream().filter(r -> r.level() > 0 && !r.key().equals("handledTotal")).toList();
  }

  /** Every cell key of the format, in table order. */
  public static List<String> cellKeys(ReportFormat format) {
    return format == ReportFormat.F2019 ? KEYS_2019 : KEYS_2021;
  }

  /** The position of every cell key of the format in {@link #cellKeys}. */
  public static Map<String, Integer> cellIndex(ReportFormat format) {
    return format == ReportFormat.F2019 ? INDEX_2019 : INDEX_2021;
  }

  private static Map<String, Integer> index(List<String> keys) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    return Map.copyOf(index);
  }

  private static List<String> keys(ReportFormat format) {
    List<String> keys = new ArrayList<>();
    for (ProactiveBlock block : proactive(format)) {
      for (ProactiveRow row : block.rows()) {
        for (Field field : block.fields()) {
          keys.add("proactive." + row.key() + "." + field.key());
        }
      }
    }
    for (RequestRow row : requests(format)) {
      for (Field column : REQUEST_COLUMNS) {
        keys.add("requests." + row.key() + "." + column.key());
      }
    }
    for (Field block : APPEAL_BLOCKS) {
      for (Field field : APPEAL_FIELDS) {
        keys.add("appeals." + block.key() + "." + field.key());
      }
    }
    return List.copyOf(keys);
  }

  /** A readable Chinese name of a cell, for messages: 行“一、本年新收…”列“自然人”. */
  public static String describe(ReportFormat format, String key) {
    String[] parts = key.split("\\.");
    switch (parts[0]) {
      case "proactive" -> {
        for (ProactiveBlock block : proactive(format)) {
          for (ProactiveRow row : block.rows()) {
            if (row.key().equals(parts[1])) {
              String field = block.fields().stream().filter(f -> f.key().equals(parts[2])).map(Field::label)
                  .findFirst().orElse(parts[2]);
              return "主动公开表“" + row.label() + "”的“" + field + "”";
            }
          }
        }
      }
      case "requests" -> {
        String rowKey = key.substring("requests.".length(), key.lastIndexOf('.'));
        String col = parts[parts.length - 1];
        for (RequestRow row : requests(format)) {
          if (row.key().equals(rowKey)) {
            String colLabel = REQUEST_COLUMNS.stream().filter(f -> f.key().equals(col)).map(Field::label)
                .findFirst().orElse(col);
            String label = row.group() == null ? row.label() : row.group() + row.label();
            return "依申请公开表“" + label + "”行“" + colLabel + "”列";
          }
        }
      }
      case "appeals" -> {
        String block = APPEAL_BLOCKS.stream().filter(f -> f.key().equals(parts[1])).map(Field::label)
            .findFirst().orElse(parts[1]);
        String field = APPEAL_FIELDS.stream().filter(f -> f.key().equals(parts[2])).map(Field::label)
            .findFirst().orElse(parts[2]);
        return "复议诉讼表“" + (parts[1].equals("reconsideration") ? block : "行政诉讼·" + block) + "”的“" + field + "”";
      }
      default -> {}
    }
    return key;
  }

  public static String columnLabel(String columnKey) {
    return REQUEST_COLUMNS.stream().filter(f -> f.key().equals(columnKey)).map(Field::label).findFirst()
        .orElse(columnKey);
  }
}
