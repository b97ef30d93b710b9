package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.CrossChecks;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Layout.Field;
import org.gongkai.report.model.Layout.ProactiveBlock;
import org.gongkai.report.model.Layout.ProactiveRow;
import org.gongkai.report.model.Layout.RequestRow;
import org.gongkai.report.model.Report;
import org.gongkai.shared.InvalidInputException;

/**
 * Reads a published report from its text as a sequence of cells (one table cell, heading or
 * paragraph each; a blank cell is an empty string), whatever the file it came from. Rows are found
 * by their wording, columns by their headings; every cell that cannot be read gets a warning.
 */
public final class ReportParser {

  private static final int MAX_TOKENS = 200_000;
  private static final int MAX_LABEL = 60;

  private static final Pattern TITLE_NAME_FIRST =
      Pattern.compile("([^《》，,。:：;；]{1,40}?)(\\d{4})年度?政府信息公开工作年度?报告");
  private static final Pattern TITLE_YEAR_FIRST =
      Pattern.compile("(\\d{4})年度?([^《》，,。:：;；\\d]{1,40}?)政府信息公开工作年度?报告");

  /** Section 二 rows: pattern on the normalised label → row key. */
  private static final List<Map.Entry<String, String>> PROACTIVE_ROWS = List.of(
      Map.entry("其他对外管理服务", "otherManagementServices"),
      Map.entry("规范性文件", "normativeDocuments"),
      Map.entry("规章", "rules"),
      Map.entry("行政许可", "administrativeLicensing"),
      Map.entry("行政处罚", "administrativePenalty"),
      Map.entry("行政强制", "administrativeCoercion"),
      Map.entry("行政事业性收费", "administrativeFees"),
      Map.entry("政府集中采购", "centralizedProcurement"));

  /** Section 二 column headings → field key. */
  private static final List<Map.Entry<String, String>> PROACTIVE_HEADERS = List.of(
      Map.entry("新制作", "newlyMade"),
      Map.entry("新公开", "newlyPublished"),
      Map.entry("公开总数", "totalPublished"),
      Map.entry("上一年项目", "itemsLastYear"),
      Map.entry("增/减", "itemsChange"),
      Map.entry("增减", "itemsChange"),
      Map.entry("处理决定", "decisions"),
      Map.entry("采购项目", "projects"),
      Map.entry("采购总金额", "amountWanYuan"),
      Map.entry("采购金额", "amountWanYuan"),
      Map.entry("制发", "made"),
      Map.entry("废止", "repealed"),
      Map.entry("现行有效", "inForce"),
      Map.entry("收费金额", "amountWanYuan"));

  /** Section 三 rows (most specific first): pattern → row key. */
  private static final List<Map.Entry<String, String>> REQUEST_ROWS = List.of(
      Map.entry("本年新收", "received"),
      Map.entry("上年结转", "carriedOverFromLastYear"),
      Map.entry("结转下年度", "carriedOverToNextYear"),
      Map.entry("予以公开", "granted"),
      Map.entry("部分公开", "partiallyGranted"),
      Map.entry("国家秘密", "withheld.stateSecret"),
      Map.entry("禁止公开", "withheld.prohibitedByLaw"),
      Map.entry("三安全一稳定", "withheld.threeSecurityOneStability"),
      Map.entry("第三方合法权益", "withheld.thirdPartyRights"),
      Map.entry("内部事务", "withheld.internalAffairs"),
      Map.entry("过程性信息", "withheld.processInformation"),
      Map.entry("执法案卷", "withheld.lawEnforcementFiles"),
      Map.entry("行政查询", "withheld.administrativeQuery"),
      Map.entry("不掌握", "unavailable.notHeld"),
      Map.entry("另行制作", "unavailable.needsCreation"),
      Map.entry("仍不明确", "unavailable.unclearAfterCorrection"),
      Map.entry("信访", "notProcessed.petitionOrComplaint"),
      Map.entry("重复申请", "notProcessed.duplicate"),
      Map.entry("公开出版物", "notProcessed.publication"),
      Map.entry("大量反复", "notProcessed.massRepeated"),
      Map.entry("重新出具", "notProcessed.confirmOrReissue"),
      Map.entry("不补正", "other.noCorrection"),
      Map.entry("缴纳费用", "other.feeUnpaid"),
      Map.entry("收费通知", "other.feeUnpaid"),
      Map.entry("总计", "handledTotal"));

  private static final Pattern REQUEST_GROUP =
      Pattern.compile("^(三[、.])?本年度?办理结果$|^(\\([三四五]\\))?(不予公开|无法提供|不予处理)$");
  private static final Pattern OTHER_PROCESSING = Pattern.compile("^(\\(六\\))?其他处理$");
  private static final Pattern OTHER_OTHER = Pattern.compile("^(3\\.)?其他$");

  private static final List<String> APPEAL_HEADERS = List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果",
      "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "行政诉讼");

  private final List<String> raw;
  private final List<String> norm;
  private final boolean[] value;
  private Report report;

  private ReportParser(List<String> tokens) {
    this.raw = tokens;
    this.norm = new ArrayList<>(tokens.size());
    this.value = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      norm.add(Cells.label(tokens.get(i)));
      value[i] = norm.get(i).length() < 40 && Cells.looksLikeValue(tokens.get(i));
    }
  }

  private boolean isValue(int i) {
    return value[i];
  }

  /**
   * Parses the cells of a published report, runs the cross-checks and returns the report
   * ({@code scope = imported}).
   *
   * @throws InvalidInputException when the text holds none of the three tables
   */
  public static Report parse(List<String> tokens) {
    if (tokens.size() > MAX_TOKENS) {
      throw new InvalidInputException("file", "文件内容过多（超过 " + MAX_TOKENS + " 个段落或单元格），不像一份年度报告");
    }
    return new ReportParser(tokens).run();
  }

  private Report run() {
    if (norm.stream().allMatch(String::isEmpty)) {
      throw new InvalidInputException("file", "文件中没有文字内容");
    }
    int s2 = find(0, t -> t.length() <= 30 && t.contains("主动公开政府信息情况"));
    int s3 = find(0, t -> t.length() <= 40 && t.contains("收到和处理政府信息公开申请情况"));
    int s4 = find(0, t -> t.length() <= 40 && t.contains("行政复议") && t.contains("行政诉讼情况"));
    int s5 = find(Math.max(0, Math.max(s3, s4)), t -> t.length() <= 40 && t.contains("存在的主要问题"));
    if (s2 < 0) {
      s2 = find(0, t -> t.startsWith("第二十条第"));
    }
    if (s3 < 0) {
      s3 = find(Math.max(0, s2), t -> t.contains("勾稽关系") || t.contains("本年新收"));
    }
    if (s4 < 0) {
      s4 = find(Math.max(0, Math.max(s2, s3)), t -> t.equals("行政复议"));
    }
    int end = s5 < 0 ? norm.size() : s5;
    int end2 = firstAfter(s2, end, s3, s4);
    int end3 = firstAfter(s3, end, s4);

    Title title = title();
    DetectedFormat format = detectFormat(s2 < 0 ? 0 : s2, end, title.year());
    report = new Report(format.format(), title.year() == null ? 0 : title.year(), null, title.name(), "imported");
    if (title.year() == null) {
      report.warn("year", "未能从标题中读出报告年度（应如“重庆市2020年政府信息公开工作年度报告”）");
    }
    if (title.name() == null) {
      report.warn("agency.name", "未能从标题中读出机关名称");
    }
    if (format.note() != null) {
      report.warn("format", format.note());
    }
    boolean any = false;
    if (s2 >= 0) {
      any |= proactive(s2, end2);
    } else {
      report.warn("proactive", "未找到“主动公开政府信息情况”表格");
    }
    if (s3 >= 0) {
      any |= requests(s3, end3);
    } else {
      report.warn("requests", "未找到“收到和处理政府信息公开申请情况”表格");
    }
    if (s4 >= 0) {
      any |= appeals(s4, end);
    } else {
      report.warn("appeals", "未找到“政府信息公开行政复议、行政诉讼情况”表格");
    }
    if (!any) {
      throw new InvalidInputException("file",
          "未在文件中找到年度报告的表格（主动公开、依申请公开、行政复议和行政诉讼），请确认上传的是政府信息公开工作年度报告");
    }
    report.violations().addAll(CrossChecks.check(report, null));
    return report;
  }

  private static int firstAfter(int start, int fallback, int... candidates) {
    int best = fallback;
    for (int c : candidates) {
      if (c > start && c < best) {
        best = c;
      }
    }
    return best;
  }

  private int find(int from, java.util.function.Predicate<String> test) {
    for (int i = Math.max(0, from); i < norm.size(); i++) {
      if (test.test(norm.get(i))) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- title and format

  record Title(String name, Integer year) {}

  private Title title() {
    int limit = Math.min(norm.size(), 300);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < limit; i++) {
        String t = norm.get(i);
        if (t.isEmpty() || (pass == 0 && t.length() > 60)) {
          continue;
        }
        String joined = t;
        for (int j = i + 1; j < Math.min(limit, i + 3) && !joined.contains("报告"); j++) {
          joined += norm.get(j);
        }
        Title found = matchTitle(joined);
        if (found != null) {
          return found;
        }
      }
    }
    return new Title(null, null);
  }

  private static Title matchTitle(String text) {
    Matcher m = TITLE_NAME_FIRST.matcher(text);
    if (m.find() && !m.group(1).isBlank()) {
      return new Title(m.group(1), Integer.valueOf(m.group(2)));
    }
    m = TITLE_YEAR_FIRST.matcher(text);
    if (m.find()) {
      return new Title(m.group(2), Integer.valueOf(m.group(1)));
    }
    return null;
  }

  record DetectedFormat(ReportFormat format, String note) {}

  private DetectedFormat detectFormat(int from, int to, Integer year) {
    int f2019 = 0;
    int f2021 = 0;
    boolean other2019 = false;
    boolean other2021 = false;
    for (int i = from; i < to; i++) {
      String t = norm.get(i);
      if (t.length() > MAX_LABEL * 2) {
        continue;
      }
      for (String k : List.of("本年新制作", "本年新公开", "对外公开总数", "上一年项目数", "采购总金额", "采购项目数")) {
        f2019 += t.contains(k) ? 1 : 0;
      }
      for (String k : List.of("本年制发", "本年废止", "现行有效件数", "收费金额")) {
        f2021 += t.contains(k) ? 1 : 0;
      }
      if (t.contains("不补正") || t.contains("缴纳费用")) {
        other2021 = true;
      }
      if (OTHER_PROCESSING.matcher(t).matches()) {
        int next = nextNonEmpty(i + 1, to);
        if (next >= 0 && isValue(next)) {
          other2019 = true;
        }
      }
    }
    ReportFormat byHeaders = f2019 > f2021 ? ReportFormat.F2019 : f2021 > f2019 ? ReportFormat.F2021 : null;
    ReportFormat byOther = other2021 ? ReportFormat.F2021 : other2019 ? ReportFormat.F2019 : null;
    if (byHeaders != null && byOther != null && byHeaders != byOther) {
      return new DetectedFormat(byHeaders, "主动公开表的列标题属于" + byHeaders.key() + "年格式，但“（六）其他处理”的写法属于"
          + byOther.key() + "年格式；按" + byHeaders.key() + "年格式读取");
    }
    if (byHeaders != null) {
      return new DetectedFormat(byHeaders, null);
    }
    if (byOther != null) {
      return new DetectedFormat(byOther, null);
    }
    ReportFormat byYear = year == null ? ReportFormat.F2021 : ReportFormat.forYear(year);
    return new DetectedFormat(byYear, "未能从表格的列标题判断格式，按报告年度推定为" + byYear.key() + "年格式");
  }

  private int nextNonEmpty(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!norm.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- values of one row

  /** The value cells after a row label, and where the next label starts. */
  record RowValues(List<String> values, int next) {}

  private RowValues values(int labelEnd, int to, String canonical, java.util.function.IntPredicate isLabel) {
    int i = labelEnd;
    // a label split over lines: the rest of the label, before any value
    while (i < to && !norm.get(i).isEmpty() && !isValue(i) && !isLabel.test(i)
        && canonical != null && Cells.label(canonical).contains(norm.get(i))) {
      i++;
    }
    List<String> values = new ArrayList<>();
    while (i < to && !isLabel.test(i)) {
      values.add(raw.get(i));
      i++;
    }
    return new RowValues(values, i);
  }

  /** Assigns the values of a row to its cells, or says why it cannot. */
  private boolean assign(List<String> values, List<String> keys, List<Cells.Kind> kinds, List<String> units,
      String rowName) {
    List<String> v = new ArrayList<>(values);
    while (v.size() > keys.size() && Cells.isBlank(v.get(v.size() - 1))) {
      v.remove(v.size() - 1);
    }
    if (v.size() != keys.size()) {
      String key = keys.get(0).substring(0, keys.get(0).lastIndexOf('.'));
      long filled = v.stream().filter(s -> !Cells.isBlank(s)).count();
      if (v.size() > keys.size()) {
        report.warn(key, rowName + "一行有 " + v.size() + " 个数据，格式规定 " + keys.size() + " 列（可能多出了列），无法确定各数据对应的列，本行未读取");
      } else {
        report.warn(key, rowName + "一行只有 " + filled + " 个数据，格式规定 " + keys.size() + " 列，无法确定缺少的是哪一列，本行未读取");
      }
      return false;
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key == null) {
        continue;
      }
      Cells.Figure f = Cells.read(v.get(i), kinds.get(i), units == null ? null : units.get(i));
      if (f.value() != null) {
        report.set(key, f.value());
      }
      if (f.problem() != null) {
        report.warn(key, Layout.describe(report.format(), key) + "：" + f.problem());
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- section 二

  private boolean proactive(int from, int to) {
    ReportFormat format = report.format();
    Map<String, ProactiveBlock> blockOfRow = new LinkedHashMap<>();
    for (ProactiveBlock b : Layout.proactive(format)) {
      for (ProactiveRow r : b.rows()) {
        blockOfRow.put(r.key(), b);
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> headers = null;
    List<String> units = null;
    java.util.function.IntPredicate isLabel = i -> {
      String t = norm.get(i);
      return t.startsWith("第二十条") || t.startsWith("信息内容") || proactiveRow(t) != null;
    };
    int i = from + 1;
    boolean any = false;
    while (i < to) {
      String t = norm.get(i);
      if (t.startsWith("第二十条")) {
        headers = null;
        i++;
        continue;
      }
      if (t.startsWith("信息内容")) {
        headers = new ArrayList<>();
        units = new ArrayList<>();
        int j = i;
        String first = t.substring("信息内容".length());
        j++;
        List<String> headerTexts = new ArrayList<>();
        if (!first.isEmpty()) {
          headerTexts.add(first);
        }
        while (j < to && !isLabel.test(j)) {
          if (!norm.get(j).isEmpty()) {
            headerTexts.add(norm.get(j));
          }
          j++;
        }
        for (String h : headerTexts) {
          readHeaders(h, headers, units);
        }
        i = j;
        continue;
      }
      String row = proactiveRow(t);
      if (row != null && t.length() <= 20) {
        ProactiveBlock block = blockOfRow.get(row);
        RowValues rv = values(i + 1, to, null, isLabel);
        i = rv.next();
        if (block == null) {
          if (rv.values().stream().anyMatch(v -> !Cells.isBlank(v))) {
            report.warn("proactive." + row, "“" + raw.get(i - rv.values().size() - 1).strip() + "”一行不属于"
                + format.key() + "年格式，未读取");
          }
          continue;
        }
        List<String> cols = headers != null ? headers : block.fields().stream().map(Field::key).toList();
        if (headers == null) {
          report.warn("proactive." + row, "“" + rowLabel(block, row) + "”一行之前没有列标题（信息内容……），按格式规定的列读取");
        }
        List<String> keys = new ArrayList<>();
        List<Cells.Kind> kinds = new ArrayList<>();
        for (String col : cols) {
          boolean inFormat = col != null && block.fields().stream().anyMatch(f -> f.key().equals(col));
          keys.add(inFormat ? "proactive." + row + "." + col : null);
          kinds.add(col == null ? Cells.Kind.COUNT : switch (col) {
            case "itemsChange" -> Cells.Kind.SIGNED;
            case "amountWanYuan" -> Cells.Kind.AMOUNT;
            default -> Cells.Kind.COUNT;
          });
        }
        if (keys.stream().allMatch(k -> k == null)) {
          report.warn("proactive." + row, "“" + rowLabel(block, row) + "”一行的列标题无法识别，本行未读取");
          continue;
        }
        List<String> u = units != null && units.size() == cols.size() ? units : null;
        if (assignLenient(rv.values(), keys, kinds, u, "“" + rowLabel(block, row) + "”")) {
          any = true;
          seen.add(row);
        }
        continue;
      }
      i++;
    }
    for (ProactiveBlock b : Layout.proactive(format)) {
      for (ProactiveRow r : b.rows()) {
        if (!seen.contains(r.key()) && report.warnings().stream().noneMatch(w -> w.cell().equals("proactive." + r.key()))) {
          report.warn("proactive." + r.key(), "主动公开表中未找到“" + r.label() + "”一行");
        }
      }
    }
    return any;
  }

  private boolean assignLenient(List<String> values, List<String> keys, List<Cells.Kind> kinds, List<String> units,
      String rowName) {
    // keys may contain nulls (unknown columns); give assign() a key to name the row by
    String anyKey = keys.stream().filter(k -> k != null).findFirst().orElseThrow();
    List<String> named = new ArrayList<>(keys);
    if (named.get(0) == null) {
      named.set(0, null);
    }
    List<String> v = new ArrayList<>(values);
    while (v.size() > keys.size() && Cells.isBlank(v.get(v.size() - 1))) {
      v.remove(v.size() - 1);
    }
    if (v.size() != keys.size()) {
      String rowKey = anyKey.substring(0, anyKey.lastIndexOf('.'));
      long filled = v.stream().filter(s -> !Cells.isBlank(s)).count();
      report.warn(rowKey, rowName + "一行有 " + filled + " 个数据，而表头有 " + keys.size() + " 列，无法确定各数据对应的列，本行未读取");
      return false;
    }
    return assign(v, keys, kinds, units, rowName);
  }

  private static String rowLabel(ProactiveBlock block, String row) {
    return block.rows().stream().filter(r -> r.key().equals(row)).map(ProactiveRow::label).findFirst().orElse(row);
  }

  private static String proactiveRow(String t) {
    if (t.isEmpty() || t.length() > 20) {
      return null;
    }
    for (Map.Entry<String, String> e : PROACTIVE_ROWS) {
      if (t.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private void readHeaders(String text, List<String> headers, List<String> units) {
    // one heading per cell, or several in one line (PDF): take them in order of position
    List<int[]> found = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int best = -1;
      String bestKey = null;
      int bestLen = 0;
      for (Map.Entry<String, String> e : PROACTIVE_HEADERS) {
        int p = text.indexOf(e.getKey(), at);
        if (p >= 0 && (best < 0 || p < best)) {
          best = p;
          bestKey = e.getValue();
          bestLen = e.getKey().length();
        }
      }
      if (best < 0) {
        break;
      }
      found.add(new int[] {best, best + bestLen});
      keys.add(bestKey);
      at = best + bestLen;
    }
    if (keys.isEmpty()) {
      headers.add(null);
      units.add(null);
      report.warn("proactive", "主动公开表中有无法识别的列标题“" + text + "”，该列未读取");
      return;
    }
    for (int k = 0; k < keys.size(); k++) {
      int start = found.get(k)[0];
      int stop = k + 1 < keys.size() ? found.get(k + 1)[0] : text.length();
      String segment = text.substring(start, stop);
      headers.add(keys.get(k));
      units.add(segment.contains("亿元") ? "亿元" : segment.contains("万元") ? "万元" : segment.contains("元") ? "元" : null);
    }
  }

  // ---------------------------------------------------------------- section 三

  private boolean requests(int from, int to) {
    ReportFormat format = report.format();
    Map<String, RequestRow> rows = new LinkedHashMap<>();
    for (RequestRow r : Layout.requests(format)) {
      rows.put(r.key(), r);
    }
    int start = -1;
    for (int i = from; i < to; i++) {
      if (norm.get(i).contains("本年新收") && norm.get(i).length() <= MAX_LABEL) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      report.warn("requests", "未找到“收到和处理政府信息公开申请情况”表格的数据行（一、本年新收政府信息公开申请数量）");
      return false;
    }
    String[] group = {null};
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.function.IntPredicate isLabel = i -> requestLabel(i, to, group[0], true) != null;
    boolean any = false;
    int i = start;
    while (i < to) {
      Label label = requestLabel(i, to, group[0], true);
      if (label == null) {
        if (!norm.get(i).isEmpty() && !isValue(i)) {
          // text we do not know between rows: say so unless it is a note under the table
          if (norm.get(i).length() <= MAX_LABEL) {
            report.warn("requests", "依申请公开表中有无法识别的行“" + raw.get(i).strip() + "”，未读取");
          }
        } else if (!norm.get(i).isEmpty()) {
          report.warn("requests", "依申请公开表中有不属于任何行的数据“" + raw.get(i).strip() + "”，未读取");
        }
        i++;
        continue;
      }
      if (label.group() != null) {
        group[0] = label.group();
        i = label.end();
        continue;
      }
      RequestRow row = rows.get(label.row());
      if (row == null) {
        report.warn("requests." + label.row(), "“" + raw.get(i).strip() + "”一行不属于" + format.key() + "年格式，未读取");
        i = values(label.end(), to, null, isLabel).next();
        continue;
      }
      RowValues rv = values(label.end(), to, row.label(), isLabel);
      i = rv.next();
      if (seen.contains(row.key())) {
        report.warn("requests." + row.key(), "依申请公开表中“" + row.label() + "”一行出现了两次，只读取第一次");
        continue;
      }
      seen.add(row.key());
      List<String> keys = new ArrayList<>();
      List<Cells.Kind> kinds = new ArrayList<>();
      for (Field c : Layout.REQUEST_COLUMNS) {
        keys.add("requests." + row.key() + "." + c.key());
        kinds.add(Cells.Kind.COUNT);
      }
      String name = "“" + (row.group() == null ? row.label() : row.group() + row.label()) + "”";
      any |= assign(rv.values(), keys, kinds, null, name);
    }
    for (RequestRow r : rows.values()) {
      if (!seen.contains(r.key())) {
        report.warn("requests." + r.key(), "依申请公开表中未找到“" + (r.group() == null ? r.label() : r.group() + r.label()) + "”一行");
      }
    }
    return any || !seen.isEmpty();
  }

  /** A row or group label found at a position, and where it ends (labels may span cells). */
  record Label(String row, String group, int end) {}

  private Label requestLabel(int i, int to, String group, boolean allowJoin) {
    String t = norm.get(i);
    if (t.isEmpty() || isValue(i)) {
      return null;
    }
    Label l = requestLabelOf(t, i, to, group);
    if (l != null || !allowJoin) {
      return l;
    }
    // a label split over two or three cells
    String joined = t;
    for (int j = i + 1; j < Math.min(to, i + 3); j++) {
      if (norm.get(j).isEmpty() || isValue(j)) {
        break;
      }
      joined += norm.get(j);
      Label found = requestLabelOf(joined, i, to, group);
      if (found != null) {
        return new Label(found.row(), found.group(), j + 1);
      }
    }
    return null;
  }

  private Label requestLabelOf(String t, int i, int to, String group) {
    if (t.length() > MAX_LABEL) {
      return null;
    }
    if (REQUEST_GROUP.matcher(t).matches()) {
      return new Label(null, t, i + 1);
    }
    if (OTHER_PROCESSING.matcher(t).matches()) {
      int next = nextNonEmpty(i + 1, to);
      if (next >= 0 && !isValue(next)) {
        return new Label(null, "（六）其他处理", i + 1);
      }
      return new Label("other", null, i + 1);
    }
    if (group != null && group.contains("其他处理") && OTHER_OTHER.matcher(t).matches()) {
      return new Label("other.other", null, i + 1);
    }
    for (Map.Entry<String, String> e : REQUEST_ROWS) {
      if (t.contains(e.getKey())) {
        return new Label(e.getValue(), null, i + 1);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- section 四

  private boolean appeals(int from, int to) {
    int firstNumber = -1;
    boolean header = false;
    for (int i = from + 1; i < to; i++) {
      String t = norm.get(i);
      if (t.isEmpty()) {
        continue;
      }
      if (isValue(i)) {
        firstNumber = i;
        break;
      }
      if (APPEAL_HEADERS.stream().anyMatch(t::contains)) {
        header = true;
      }
    }
    if (!header) {
      report.warn("appeals", "未找到“行政复议、行政诉讼”表格的列标题");
      return false;
    }
    if (firstNumber < 0) {
      report.warn("appeals", "“行政复议、行政诉讼”表格中没有数据");
      return false;
    }
    int start = firstNumber;
    while (start - 1 > from && isValue(start - 1)) {
      start--;
    }
    List<String> values = new ArrayList<>();
    for (int j = start; j < to; j++) {
      if (!isValue(j)) {
        break;
      }
      values.add(raw.get(j));
    }
    List<String> keys = new ArrayList<>();
    List<Cells.Kind> kinds = new ArrayList<>();
    for (Field b : Layout.APPEAL_BLOCKS) {
      for (Field f : Layout.APPEAL_FIELDS) {
        keys.add("appeals." + b.key() + "." + f.key());
        kinds.add(Cells.Kind.COUNT);
      }
    }
    List<String> v = new ArrayList<>(values);
    while (v.size() > keys.size() && Cells.isBlank(v.get(v.size() - 1))) {
      v.remove(v.size() - 1);
    }
    if (v.size() != keys.size()) {
      report.warn("appeals", "行政复议、行政诉讼表应有 15 个数据（行政复议 5 个、行政诉讼 10 个），实有 "
          + v.stream().filter(s -> !Cells.isBlank(s)).count() + " 个，无法确定对应的列，未读取");
      return false;
    }
    return assign(v, keys, kinds, null, "行政复议、行政诉讼表");
  }
}
