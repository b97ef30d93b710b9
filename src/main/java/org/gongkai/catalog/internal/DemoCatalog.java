package org.gongkai.catalog.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyTree;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.DocumentNumber;
import org.gongkai.catalog.IndexNumber;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.Validity;

/**
 * Builds the demo catalog in memory: rules and normative documents whose whole-city 2020 figures are
 * those of the seed report (规章 7 / 7 / 193, 规范性文件 1,332 / 1,332 / 5,442), a 2021 year, repeals
 * and amendments with their links, interpretations, and other items of every agency. Deterministic.
 */
final class DemoCatalog {

  static final String[] TOPICS = {
    "城市道路桥梁管理|S09", "生活垃圾分类管理|S09", "农村集体资产管理|S05", "住房公积金提取使用|S03",
    "中小企业发展专项资金管理|S03", "科技创新券实施|S10", "优化营商环境|S02", "政府投资项目管理|S02",
    "公共资源交易管理|S02", "地方金融监督管理|S03", "国有建设用地使用权出让|S04", "历史文化名城保护|S11",
    "长江流域水生态保护|S09", "大气污染防治|S09", "土壤污染防治|S09", "养老服务体系建设|S16",
    "医疗保障基金监督管理|S12", "学前教育发展|S10", "义务教育学校招生入学|S10", "就业创业扶持|S14",
    "高校毕业生就业促进|S14", "农民工工资支付保障|S14", "安全生产责任制|S08", "消防安全责任制|S15",
    "食品安全信用管理|S08", "药品零售监督管理|S08", "文物保护利用|S11", "全民健身|S12",
    "旅游市场秩序|S07", "物业管理|S09", "城镇老旧小区改造|S09", "城市管理综合执法|S09",
    "政务数据资源管理|S01", "政务服务“好差评”|S01", "行政执法公示|S15", "重大行政决策程序|S01",
    "行政规范性文件管理|S01", "公共法律服务体系建设|S15", "社会救助|S16", "困难群众基本生活保障|S16",
    "残疾人两项补贴|S13", "退役军人就业创业|S14", "粮食安全责任制|S05", "高标准农田建设|S05",
    "生猪生产稳定供应|S05", "乡村振兴|S05", "林长制|S05", "河长制|S05", "成渝地区双城经济圈建设|S02",
    "西部陆海新通道建设|S06", "数字经济发展|S06", "智能网联汽车道路测试|S06", "新型基础设施建设|S06",
    "招商引资|S07", "外商投资促进|S18", "跨境电子商务|S07", "预算绩效管理|S03", "政府采购管理|S03",
    "国有资产管理|S02", "疫情防控常态化|S12", "妇女儿童发展|S13", "民族团结进步|S17", "宗教活动场所管理|S17",
    "征兵工作|S20", "华侨权益保护|S19", "统计工作|S02"
  };

  static final String[] FORMS = {"管理办法", "实施办法", "实施细则", "管理规定", "暂行办法", "工作规程"};

  /** One item ready to insert. */
  static final class Row {
    long id;
    String agency;
    String path;
    String indexNumber;
    String title;
    String documentNumber;
    LocalDate written;
    LocalDate published;
    String subject;
    String genre;
    ItemKind kind;
    Art20Category category;
    String body;
    String state = "PUBLISHED";
    Validity validity;
    LocalDate ended;
    boolean needsInterpretation;
    Long interprets;
    String withdrawnReason;
    int orderInYear;
  }

  /** A 立改废 link. */
  record LinkRow(long from, long to, String kind, LocalDate on) {}

  /** A validity change. */
  record ValidityRow(long item, Validity from, Validity to, LocalDate on, String reason, Long cause) {}

  final List<Row> rows = new ArrayList<>();
  final List<LinkRow> links = new ArrayList<>();
  final List<ValidityRow> validity = new ArrayList<>();
  final Map<String, Integer> serials = new HashMap<>();

  private final Random random = new Random(20201231L);
  private final AgencyTree tree;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final LocalDate today;
  private long nextId = 1;

  DemoCatalog(AgencyTree tree, LocalDate today) {
    this.tree = tree;
    this.today = today;
  }

  DemoCatalog build() {
    Agency city = tree.roots().get(0);
    List<Agency> issuers = tree.all().stream().filter(a -> a.kind() != AgencyKind.TOWNSHIP).toList();
    // --- 规章 (the municipal government) ---
    List<Row> rulesBefore = new ArrayList<>();
    for (int i = 0; i < 186 + 40; i++) {
      int year = 2003 + random.nextInt(17);
      rulesBefore.add(rule(city, year));
    }
    for (int i = 0; i < 40; i++) { // repealed or lapsed before the end of 2020
      Row r = rulesBefore.get(i);
      end(r, Math.max(r.written.getYear() + 1, 2012 + random.nextInt(9)), i % 5 == 0 ? Validity.EXPIRED : Validity.REPEALED);
    }
    List<Row> rules2020 = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rules2020.add(rule(city, 2020));
    }
    for (int i = 40; i < 44; i++) { // repealed in 2021
      end(rulesBefore.get(i), 2021, Validity.REPEALED);
    }
    for (int i = 44; i < 59; i++) { // amended, still in force
      amend(rulesBefore.get(i), 2016 + random.nextInt(6));
    }
    List<Row> rules2021 = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      rules2021.add(rule(city, 2021));
    }
    interpret(rules2020, 1.0, city);
    interpret(rules2021, 1.0, city);

    // --- 行政规范性文件 ---
    int[] weights = issuers.stream().mapToInt(a -> a.kind() == AgencyKind.GOVERNMENT
        ? (a.level() == AgencyLevel.MUNICIPAL ? 10 : 5) : a.level() == AgencyLevel.MUNICIPAL ? 6 : 3).toArray();
    List<Row> before = new ArrayList<>();
    int[] beforeCount = allocate(4110 + 700, weights);
    int[] made2020 = allocate(1332, weights);
    int[] made2021 = allocate(1287, weights);
    List<Row> docs2020 = new ArrayList<>();
    List<Row> docs2021 = new ArrayList<>();
    for (int k = 0; k < issuers.size(); k++) {
      Agency a = issuers.get(k);
      for (int i = 0; i < beforeCount[k]; i++) {
        before.add(normative(a, 2014 + random.nextInt(6)));
      }
      for (int i = 0; i < made2020[k]; i++) {
        docs2020.add(normative(a, 2020));
      }
      for (int i = 0; i < made2021[k]; i++) {
        docs2021.add(normative(a, 2021));
      }
    }
    java.util.Collections.shuffle(before, random);
    for (int i = 0; i < 700; i++) { // ended by the end of 2020
      Row r = before.get(i);
      int year = Math.min(2020, r.written.getYear() + 1 + random.nextInt(4));
      end(r, year, i % 4 == 0 ? Validity.EXPIRED : Validity.REPEALED);
    }
    for (int i = 700; i < 936; i++) { // repealed in 2021
      end(before.get(i), 2021, Validity.REPEALED);
    }
    for (int i = 936; i < 1136; i++) { // amended
      amend(before.get(i), Math.min(2021, before.get(i).written.getYear() + 1 + random.nextInt(3)));
    }
    for (int i = 0; i < 30; i++) { // some 2020 documents amended in 2021
      amend(docs2020.get(i * 37 % docs2020.size()), 2021);
    }
    for (Row r : docs2020) {
      r.needsInterpretation = random.nextInt(10) < 7;
    }
    for (Row r : docs2021) {
      r.needsInterpretation = random.nextInt(10) < 6;
    }
    interpret(docs2020.stream().filter(r -> r.needsInterpretation).toList(), 0.85, null);
    interpret(docs2021.stream().filter(r -> r.needsInterpretation).toList(), 0.8, null);

    // --- other information of every agency ---
    for (Agency a : tree.all()) {
      int n = a.kind() == AgencyKind.TOWNSHIP ? 2 : a.level() == AgencyLevel.MUNICIPAL ? 5 : 3;
      if (a.parentCode() == null) {
        n = 40;
      }
      for (int i = 0; i < n; i++) {
        other(a);
      }
      system(a, "政府信息公开工作制度");
      if (a.kind() == AgencyKind.GOVERNMENT || a.level() == AgencyLevel.MUNICIPAL) {
        system(a, "政府信息公开保密审查制度");
      }
    }
    // a few items in the workflow and withdrawn, for the back office
    for (int i = 0; i < 12; i++) {
      Agency a = tree.children(city.code()).get(1 + i % 10);
      Row r = other(a, today.getYear());
      r.state = i < 6 ? "DRAFT" : "IN_REVIEW";
      r.published = null;
      r.written = today.minusDays(3 + i);
    }
    for (int i = 0; i < 3; i++) {
      Row r = rows.get(rows.size() - 40 - i * 7);
      if (r.kind == ItemKind.OTHER) {
        r.state = "WITHDRAWN";
        r.withdrawnReason = "该信息内容有误，已更正后重新发布";
      }
    }
    assignIndexNumbers();
    return this;
  }

  private Row rule(Agency city, int year) {
    Row r = new Row();
    String[] t = topic();
    r.agency = city.code();
    r.path = city.path();
    r.title = "重庆市" + t[0] + (random.nextBoolean() ? "办法" : "规定");
    int n = next(city.code() + "令", 0) + 200 + (year - 2003) * 8;
    r.documentNumber = "重庆市人民政府令第" + n + "号";
    r.subject = t[1];
    r.genre = "RULE";
    r.kind = ItemKind.RULE;
    r.category = Art20Category.REGULATIONS;
    dates(r, year);
    r.validity = Validity.IN_FORCE;
    r.body = body(r, "《" + r.title + "》已经" + r.written.getYear() + "年市政府第" + (10 + random.nextInt(120))
        + "次常务会议审议通过，现予公布，自" + cn(r.written.plusDays(30)) + "起施行。", "市长");
    add(r);
    return r;
  }

  private Row normative(Agency a, int year) {
    Row r = new Row();
    String[] t = topic();
    r.agency = a.code();
    r.path = a.path();
    String form = FORMS[random.nextInt(FORMS.length)];
    if (t[0].endsWith("管理") && form.startsWith("管理")) {
      form = form.substring(2);
    }
    r.title = switch (random.nextInt(3)) {
      case 0 -> a.name() + "关于印发" + place(a) + t[0] + form + "的通知";
      case 1 -> a.name() + "关于进一步加强" + t[0] + "工作的意见";
      default -> a.name() + "关于" + t[0] + "有关事项的通知";
    };
    r.documentNumber = prefix(a) + "〔" + year + "〕" + next(a.code() + "/" + year, 0) + "号";
    r.subject = t[1];
    r.genre = "NORMATIVE";
    r.kind = ItemKind.NORMATIVE_DOCUMENT;
    r.category = Art20Category.REGULATIONS;
    dates(r, year);
    r.validity = Validity.IN_FORCE;
    String own = r.title.contains("关于印发") ? form.substring(form.length() - 2) : r.title.endsWith("意见") ? "意见" : "通知";
    r.body = body(r, "为做好" + t[0] + "工作，根据有关法律法规和政策规定，结合实际，制定本" + own
        + "。本文件自印发之日起施行，有效期5年。", a.name());
    add(r);
    return r;
  }

  private void interpret(List<Row> docs, double share, Agency unused) {
    for (Row d : docs) {
      if (random.nextDouble() >= share) {
        continue;
      }
      Row r = new Row();
      r.agency = d.agency;
      r.path = d.path;
      String name = d.title.replaceAll("^.*关于印发", "").replaceAll("的通知$", "");
      r.title = "《" + name + "》政策解读";
      r.subject = d.subject;
      r.genre = "INTERPRETATION";
      r.kind = ItemKind.INTERPRETATION;
      r.category = Art20Category.REGULATIONS;
      r.written = d.written;
      r.published = d.published;
      r.interprets = d.id;
      r.body = "<p><strong>一、起草背景</strong></p><p>为贯彻落实党中央、国务院和市委、市政府有关决策部署，" + name
          + "经广泛征求意见后制定印发。</p><p><strong>二、主要内容</strong></p><p>文件明确了适用范围、职责分工、工作流程和保障措施，"
          + "共" + (3 + random.nextInt(6)) + "章" + (15 + random.nextInt(30)) + "条。</p><p><strong>三、解读机关及联系方式</strong></p>"
          + "<p>解读机关：" + agencyName(d.agency) + "</p>";
      add(r);
    }
  }

  private Row other(Agency a) {
    return other(a, 2019 + random.nextInt(Math.max(1, today.getYear() - 2019 + 1)));
  }

  private Row other(Agency a, int year) {
    Row r = new Row();
    String[] t = topic();
    r.agency = a.code();
    r.path = a.path();
    String[] genres = {"NOTICE", "NEWS", "NEWS", "PLAN", "STATISTICS", "FINANCE", "PERSONNEL", "EMERGENCY", "OTHER_DOC"};
    r.genre = genres[random.nextInt(genres.length)];
    r.kind = ItemKind.OTHER;
    String name = a.name();
    String shortName = a.displayName();
    dates(r, year);
    switch (r.genre) {
      case "NOTICE" -> {
        r.title = name + "关于开展" + year + "年" + t[0] + "专项检查的通告";
        r.category = Art20Category.INSPECTIONS;
      }
      case "NEWS" -> {
        r.title = shortName + "召开" + t[0] + "工作推进会";
        r.category = Art20Category.OTHER;
      }
      case "PLAN" -> {
        r.title = name + year + "年" + t[0] + "工作要点";
        r.category = Art20Category.PLANS;
      }
      case "STATISTICS" -> {
        r.title = shortName + r.written.getYear() + "年" + Math.max(1, r.written.getMonthValue() - 1) + "月主要统计数据";
        r.category = Art20Category.STATISTICS;
        t[1] = "S02";
      }
      case "FINANCE" -> {
        r.title = name + year + "年" + (random.nextBoolean() ? "部门预算" : "部门决算") + "公开";
        r.category = Art20Category.BUDGETS;
        t[1] = "S03";
      }
      case "PERSONNEL" -> {
        r.title = name + year + "年公开招聘工作人员拟聘用人员公示";
        r.category = Art20Category.CIVIL_SERVICE;
        t[1] = "S14";
      }
      case "EMERGENCY" -> {
        r.title = shortName + t[0] + "突发事件应急预案";
        r.category = Art20Category.EMERGENCIES;
      }
      default -> {
        r.title = name + "关于做好" + year + "年" + t[0] + "工作的通知";
        r.category = Art20Category.SOCIAL_POLICY;
      }
    }
    r.subject = t[1];
    r.body = body(r, "现将" + t[0] + "有关情况公告如下。请各有关单位按照职责分工，认真抓好落实。", name);
    add(r);
    return r;
  }

  private void system(Agency a, String what) {
    Row r = new Row();
    r.agency = a.code();
    r.path = a.path();
    r.title = a.name() + what;
    r.subject = "S01";
    r.genre = "SYSTEM";
    r.kind = ItemKind.SYSTEM;
    r.category = Art20Category.OTHER;
    dates(r, 2019);
    r.body = "<p>第一条　为规范本机关政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。</p>"
        + "<p>第二条　本机关办公室是政府信息公开工作机构，负责本机关政府信息公开的日常工作。</p>"
        + "<p>第三条　拟公开的政府信息应当依照法律、法规和国家有关规定进行审查。</p>"
        + "<p>第四条　本制度自印发之日起施行。</p>";
    add(r);
  }

  private void dates(Row r, int year) {
    LocalDate start = LocalDate.of(year, 1, 2);
    LocalDate last = LocalDate.of(year, 12, 10);
    if (!last.isBefore(today)) {
      last = today.minusDays(10);
    }
    long span = Math.max(1, last.toEpochDay() - start.toEpochDay());
    r.written = start.plusDays(Math.floorMod(random.nextLong(), span));
    int delay = random.nextInt(100) < 4 ? 32 + random.nextInt(12) : 1 + random.nextInt(15);
    LocalDate published = r.written.plusDays(delay);
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    r.published = published.isAfter(yearEnd) ? yearEnd : published;
    if (r.published.isAfter(today)) {
      r.published = today;
    }
  }

  private void end(Row r, int year, Validity how) {
    LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    if (!on.isAfter(r.published)) {
      on = r.published.plusDays(30);
    }
    if (on.getYear() != year && year >= 2020) {
      on = LocalDate.of(year, 12, 30);
    }
    Row cause = how == Validity.REPEALED ? laterDocument(r, on) : null;
    r.validity = how;
    r.ended = on;
    String reason = how == Validity.EXPIRED ? "有效期届满，自动失效"
        : cause == null ? "经规范性文件清理，决定废止" : "被《" + cause.title + "》废止";
    validity.add(new ValidityRow(r.id, Validity.IN_FORCE, how, on, reason, cause == null ? null : cause.id));
    if (cause != null) {
      links.add(new LinkRow(cause.id, r.id, "REPEALS", on));
    }
  }

  private void amend(Row r, int year) {
    if (r.validity != Validity.IN_FORCE) {
      return;
    }
    LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    if (!on.isAfter(r.published)) {
      on = r.published.plusDays(60);
    }
    Row cause = laterDocument(r, on);
    r.validity = Validity.AMENDED;
    validity.add(new ValidityRow(r.id, Validity.IN_FORCE, Validity.AMENDED, on,
        cause == null ? "根据上级文件修改" : "被《" + cause.title + "》修改", cause == null ? null : cause.id));
    if (cause != null) {
      links.add(new LinkRow(cause.id, r.id, "AMENDS", on));
    }
  }

  /** A document of the same agency and kind made before {@code on} and after {@code r}. */
  private Row laterDocument(Row r, LocalDate on) {
    Row best = null;
    for (int i = rows.size() - 1; i >= 0 && i > rows.size() - 6000; i--) {
      Row c = rows.get(i);
      if (c != r && c.kind == r.kind && c.agency.equals(r.agency) && c.written.isAfter(r.written)
          && !c.published.isAfter(on) && c.published.isAfter(on.minusYears(2))) {
        best = c;
        break;
      }
    }
    return best;
  }

  private void add(Row r) {
    r.id = nextId++;
    rows.add(r);
  }

  private void assignIndexNumbers() {
    List<Row> published = new ArrayList<>(rows.stream().filter(r -> r.published != null).toList());
    published.sort((a, b) -> a.published.equals(b.published) ? Long.compare(a.id, b.id) : a.published.compareTo(b.published));
    for (Row r : published) {
      String org = organisationCode(r.agency);
      String key = org + "/" + r.published.getYear();
      int serial = serials.merge(key, 1, Integer::sum);
      r.indexNumber = new IndexNumber(org, r.published.getYear(), serial).value();
    }
  }

  private final Map<String, String> orgCodes = new HashMap<>();

  String organisationCode(String agencyCode) {
    return orgCodes.computeIfAbsent(agencyCode, c -> {
      String code = tree.find(c).map(Agency::organisationCode).orElse(null);
      code = code == null ? "" : code.strip().toUpperCase().replace("-", "");
      if (code.length() == 18) {
        code = code.substring(8, 17);
      }
      if (!code.matches("[0-9A-Z]{9}")) {
        code = String.format("%09d", Math.abs(c.hashCode()) % 1_000_000_000);
      }
      return code;
    });
  }

  private String agencyName(String code) {
    return tree.find(code).map(Agency::name).orElse(code);
  }

  private String[] topic() {
    return TOPICS[random.nextInt(TOPICS.length)].split("\\|");
  }

  private int next(String key, int start) {
    return numbers.merge(key, start + 1, (a, b) -> a + 1);
  }

  /** "渝府发", "渝教委规", "万州府发", "万州教委发". */
  String prefix(Agency a) {
    if (a.parentCode() == null) {
      return random.nextInt(3) == 0 ? "渝府办发" : "渝府发";
    }
    Agency gov = tree.governmentOf(a.code()).orElse(a);
    String place = gov.parentCode() == null ? "渝" : stripGov(gov.displayName());
    if (a.kind() == AgencyKind.GOVERNMENT) {
      return place + "府发";
    }
    String own = a.displayName().replace("重庆市", "");
    own = own.startsWith("市") ? own.substring(1) : own.replace(stripGov(gov.displayName()), "");
    own = own.replaceAll("^(区|县|自治县)", "");
    String abbr = own.length() > 2 ? own.substring(0, 2) : own;
    return place + abbr + (a.level() == AgencyLevel.MUNICIPAL ? "规" : "发");
  }

  private static String stripGov(String s) {
    return s.replace("政府", "").replace("重庆市", "").replaceAll("(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$", "");
  }

  private String place(Agency a) {
    return a.parentCode() == null || a.level() == AgencyLevel.MUNICIPAL ? "重庆市" : "";
  }

  private String body(Row r, String main, String signer) {
    return "<p>各有关单位：</p><p>" + main + "</p><p>一、总体要求。坚持以人民为中心的发展思想，依法行政，稳步推进相关工作。</p>"
        + "<p>二、主要任务。明确责任分工，完善工作机制，加强督促检查，确保各项措施落到实处。</p>"
        + "<p>三、保障措施。各单位要加强组织领导，强化宣传引导，及时报送工作进展情况。</p>"
        + "<p style=\"text-align:right\">" + signer + "</p><p style=\"text-align:right\">" + cn(r.written) + "</p>"
        + "<p>（此件公开发布）</p>";
  }

  static String cn(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** Splits {@code total} over the weights exactly (largest remainders). */
  static int[] allocate(int total, int[] weights) {
    long sum = 0;
    for (int w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    double[] rest = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = (double) total * weights[i] / sum;
      out[i] = (int) Math.floor(exact);
      rest[i] = exact - out[i];
      given += out[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < rest.length; i++) {
        if (rest[i] > rest[best]) {
          best = i;
        }
      }
      out[best]++;
      rest[best] = -1;
      given++;
    }
    return out;
  }

  static Object[] insertArgs(Row r) {
    return new Object[] {
      r.id, r.agency, r.path, r.indexNumber, r.title, r.documentNumber,
      r.documentNumber == null ? null : new DocumentNumber(r.documentNumber).key(),
      Date.valueOf(r.written), r.published == null ? null : Date.valueOf(r.published),
      r.published == null ? null : Timestamp.from(r.published.atTime(LocalTime.of(9, 30)).atZone(Publication.CHINA).toInstant()),
      r.subject, r.genre, r.kind.name(), r.category.name(), r.body, BodySanitizer.text(r.body), r.state,
      r.validity == null ? null : r.validity.name(), r.ended == null ? null : Date.valueOf(r.ended),
      r.needsInterpretation, r.interprets, r.withdrawnReason,
      r.withdrawnReason == null ? null : Timestamp.from(r.published.plusDays(3).atTime(10, 0).atZone(Publication.CHINA).toInstant())
    };
  }
}
