package org.gongkai.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchSource;

/**
 * Synthetic but realistic catalog items for the search benchmarks: titles and bodies built from
 * the phrases of Chongqing's disclosure columns, the 459 demo agencies, 文号 and dates 2015–2024.
 * Deterministic: the same n gives the same documents.
 */
final class SyntheticDocuments implements SearchSource {

  record AgencyRow(String code, String path, String name, String prefix) {}

  static final String[] TOPICS = {
      "疫情防控", "安全生产", "防汛抗旱", "乡村振兴", "营商环境", "生态环境保护", "城市更新", "义务教育", "医疗保障", "养老服务",
      "就业创业", "住房保障", "食品安全", "交通运输", "森林防火", "优化营商环境", "政务公开", "行政审批制度改革", "财政预算", "审计整改",
      "招商引资", "民营经济发展", "数字政府建设", "河长制", "耕地保护", "城镇老旧小区改造", "农村人居环境整治", "社会救助", "退役军人服务", "文物保护",
      "消防安全", "稳岗就业", "科技创新", "成渝地区双城经济圈建设", "长江经济带绿色发展", "大气污染防治", "水污染防治", "土壤污染防治", "重大项目建设", "公共资源交易"};
  static final String[] TITLE_PATTERNS = {
      "关于进一步加强%s工作的通知", "关于印发%s实施方案的通知", "%s工作情况报告", "关于做好%s工作的意见", "%s专项行动方案",
      "关于开展%s检查的通告", "%s管理办法", "关于%s有关事项的公告", "%s政策解读", "关于公布%s结果的公示", "%s三年行动计划（2021—2023年）",
      "关于%s的实施意见", "%s考核办法", "%s年度工作要点"};
  static final String[] SENTENCES = {
      "为深入贯彻落实党中央、国务院决策部署，按照市委、市政府工作要求，结合本地实际，制定本方案。",
      "各区县人民政府，市政府各部门，有关单位：现将有关事项通知如下，请认真贯彻执行。",
      "坚持以人民为中心的发展思想，统筹发展和安全，着力解决群众急难愁盼问题。",
      "各地各部门要高度重视，加强组织领导，明确责任分工，确保各项任务落到实处。",
      "建立健全工作机制，强化部门协同配合，形成工作合力。",
      "加强督促检查，对工作不力、措施不实的单位予以通报批评。",
      "本办法自印发之日起施行，有效期五年。",
      "进一步规范行政权力运行，推进政务公开标准化规范化建设。",
      "依法依规做好政府信息公开工作，及时回应社会关切。",
      "加大财政资金投入力度，提高资金使用效益，严格绩效管理。",
      "强化风险隐患排查整治，坚决遏制重特大事故发生。",
      "完善基层公共服务体系，提升群众获得感、幸福感、安全感。",
      "加快推进项目建设进度，确保按期完工投入使用。",
      "各单位要于每月底前报送工作进展情况。",
      "对群众反映强烈的突出问题，要建立台账、限期整改、对账销号。",
      "充分发挥典型示范引领作用，及时总结推广好经验好做法。",
      "联系人及电话详见附件，请各单位按时报送。",
      "本通知由市政府办公厅负责解释。"};
  static final String[] CATEGORIES = {
      "ORGANISATION", "NORMATIVE", "PLAN", "STATISTICS", "LICENSING", "PUNISHMENT", "BUDGET", "FEES", "PROCUREMENT", "POVERTY",
      "EDUCATION", "SAFETY", "EMERGENCY", "ENVIRONMENT", "CIVIL_SERVANTS"};
  static final String[] SUBJECTS = {
      "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游",
      "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作",
      "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾"};
  static final String[] GENRES = {"通知", "公告", "意见", "办法", "报告", "方案", "规划", "批复", "决定", "通告"};
  static final String[] VALIDITIES = {"IN_FORCE", "IN_FORCE", "IN_FORCE", "EXPIRED", "REPEALED", "AMENDED"};

  final int n;
  final List<AgencyRow> agencies;

  SyntheticDocuments(int n) {
    this.n = n;
    this.agencies = loadAgencies();
  }

  static List<AgencyRow> loadAgencies() {
    Map<String, String[]> rows = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SyntheticDocuments.class.getResourceAsStream("/demo/agencies.tsv"), StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        rows.put(f[0], f);
        order.add(f[0]);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<AgencyRow> result = new ArrayList<>();
    for (String code : order) {
      StringBuilder path = new StringBuilder("/");
      List<String> chain = new ArrayList<>();
      for (String c = code; c != null && !c.isEmpty(); c = rows.get(c)[1]) {
        chain.add(0, c);
      }
      chain.forEach(c -> path.append(c).append('/'));
      String[] f = rows.get(code);
      String shortName = f[5].isBlank() ? f[4] : f[5];
      String prefix = "渝" + shortName.replace("重庆市", "").replace("市", "").replace("区", "").replace("县", "").substring(0, 1) + "发";
      result.add(new AgencyRow(code, path.toString(), f[4], prefix));
    }
    return result;
  }

  SearchDocument document(int i) {
    SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
    AgencyRow agency = agencies.get(r.nextInt(agencies.size()));
    String topic = TOPICS[r.nextInt(TOPICS.length)];
    LocalDate written = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
    LocalDate published = written.plusDays(r.nextInt(30));
    String agencyShort = agency.name().replace("重庆市", "");
    String title = (r.nextInt(3) == 0 ? agencyShort : "") + String.format(TITLE_PATTERNS[r.nextInt(TITLE_PATTERNS.length)], topic);
    String number = r.nextInt(2) == 0 ? agency.prefix() + "〔" + written.getYear() + "〕" + (1 + r.nextInt(300)) + "号" : null;
    StringBuilder body = new StringBuilder(500);
    int sentences = 6 + r.nextInt(8);
    for (int s = 0; s < sentences; s++) {
      if (r.nextInt(4) == 0) {
        body.append("围绕").append(TOPICS[r.nextInt(TOPICS.length)]).append("，");
      }
      if (r.nextInt(3) == 0) {
        body.append(topic).append("工作");
      }
      body.append(SENTENCES[r.nextInt(SENTENCES.length)]);
      if (r.nextInt(6) == 0) {
        body.append("全年完成投资").append(1 + r.nextInt(900)).append(".").append(r.nextInt(10)).append("亿元。");
      }
    }
    if (number != null) {
      body.append("（").append(number).append("）");
    }
    String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
    String validity = "NORMATIVE".equals(category) ? VALIDITIES[r.nextInt(VALIDITIES.length)] : null;
    String index = String.format("%09d/%d-%05d", Math.abs(agency.code().hashCode()) % 1_000_000_000, written.getYear(), i % 100_000);
    return new SearchDocument(i + 1L, index, title, body.toString(), agency.code(), agency.path(), agency.name(), category,
        SUBJECTS[r.nextInt(SUBJECTS.length)], GENRES[r.nextInt(GENRES.length)], number, validity, written, published, true);
  }

  @Override
  public java.util.Optional<SearchDocument> document(long id) {
    return id >= 1 && id <= n ? java.util.Optional.of(document((int) id - 1)) : java.util.Optional.empty();
  }

  @Override
  public void forEachPublished(Consumer<SearchDocument> consumer) {
    for (int i = 0; i < n; i++) {
      consumer.accept(document(i));
    }
  }

  /** The fixed 50 queries: topics, phrases, agencies, 文号, mixed digits and rare words. */
  static List<String> queries() {
    return List.of(
        "疫情防控", "安全生产", "防汛抗旱", "乡村振兴", "营商环境", "生态环境保护", "城市更新", "义务教育", "医疗保障", "养老服务",
        "就业创业", "住房保障", "食品安全", "交通运输", "森林防火", "政务公开", "财政预算", "审计整改", "河长制", "社会救助",
        "防控", "整改", "公示", "实施方案", "管理办法", "\"疫情防控工作\"", "\"三年行动计划\"", "政府信息公开 及时回应", "项目建设 按期完工", "消防安全 检查",
        "渝教发〔2020〕12号", "渝府发[2019]3号", "万州区 乡村振兴", "教育委员会 义务教育", "公安局 消防", "2020年 预算", "2018 审计", "完成投资 亿元", "成渝地区双城经济圈", "长江经济带",
        "大气污染防治 通知", "数字政府建设", "老旧小区改造", "退役军人", "文物保护", "公共资源交易", "典型示范", "急难愁盼", "对账销号", "获得感 幸福感");
  }
}
