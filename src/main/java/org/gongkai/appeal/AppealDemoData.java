package org.gongkai.appeal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyTree;
import org.gongkai.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases of 2019–2021 spread over the agency tree, such that the whole city's section 四 of
 * 2020 is exactly that of the seed report (reconsideration 155/62/84/85, direct litigation
 * 351/43/68/102, litigation after reconsideration 51/4/12/17, counting cases carried over from
 * 2019), and the 20 complaints the seed counts for 2020, all answered.
 */
@Component
@Order(40)
class AppealDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);

  /** Section 四 of the seed: upheld, corrected, other, pending for each block. */
  static final Map<String, int[]> SEED_2020 = Map.of(
      "reconsideration", new int[] {155, 62, 84, 85},
      "litigationDirect", new int[] {351, 43, 68, 102},
      "litigationAfterReconsideration", new int[] {51, 4, 12, 17});

  /** Complaints the seed counts for 2020 (全年收到并处理政府信息公开的投诉、举报20件). */
  static final int SEED_COMPLAINTS_2020 = 20;

  private static final CaseResult[] DECIDED = {CaseResult.UPHELD, CaseResult.CORRECTED, CaseResult.OTHER};

  private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐冉谭向秦蒋".split("");
  private static final String[] GIVEN = "建国 秀英 志强 丽华 德明 春梅 永福 海燕 光荣 淑珍 小龙 红梅 国庆 文静 晓东 玉兰 家兴 成刚 开明 素芬 明轩 思远 兴华 桂香 大勇 长青 宏伟 玲 敏 勇 军 芳 涛 静".split(" ");
  private static final String[] TOPICS = {
    "房屋征收补偿方案及补偿标准", "集体土地征收批复文件", "建设工程规划许可证及附图", "拆迁安置协议及安置人员名单",
    "建设项目环境影响评价报告", "行政处罚决定书及调查笔录", "专项资金使用情况", "征地公告及征地补偿安置方案",
    "违法建筑认定和拆除决定", "道路改扩建项目立项批复", "农村低保评定名单", "国有土地使用权出让合同",
    "棚户区改造项目实施方案", "学校建设项目招投标文件", "信访事项处理意见书", "企业改制职工安置方案"};
  private static final String[][] BASIC_COURTS = {
    {"重庆市渝中区人民法院", "渝0103"}, {"重庆市江北区人民法院", "渝0105"}, {"重庆市沙坪坝区人民法院", "渝0106"},
    {"重庆市九龙坡区人民法院", "渝0107"}, {"重庆市万州区人民法院", "渝0101"}, {"重庆市涪陵区人民法院", "渝0102"},
    {"重庆市黔江区人民法院", "渝0114"}, {"重庆市永川区人民法院", "渝0118"}};
  private static final String[][] INTERMEDIATE_COURTS = {
    {"重庆市第一中级人民法院", "渝01"}, {"重庆市第二中级人民法院", "渝02"}, {"重庆市第三中级人民法院", "渝03"},
    {"重庆市第四中级人民法院", "渝04"}, {"重庆市第五中级人民法院", "渝05"}};

  private final Agencies agencies;
  private final AppealAccess access;
  private final AppealCaseRepository cases;
  private final ComplaintRepository complaints;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final boolean enabled;

  AppealDemoData(Agencies agencies, AppealAccess access, AppealCaseRepository cases, ComplaintRepository complaints,
      JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, @Value("${gongkai.demo:true}") boolean enabled) {
    this.agencies = agencies;
    this.access = access;
    this.cases = cases;
    this.complaints = complaints;
    this.jdbc = jdbc;
    this.tx = tx;
    this.audit = audit;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || agencies.tree().size() == 0 || !cases.isEmpty() || !complaints.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    int[] counts = tx.execute(status -> load());
    log.info("演示数据：已载入复议诉讼案件 {} 件、投诉举报 {} 件（{} ms）", counts[0], counts[1], (System.nanoTime() - started) / 1_000_000);
  }

  private int[] load() {
    Generator g = new Generator(agencies.tree(), new Random(20201231L));
    // 2019: received and decided within 2019 (no effect on 2020)
    g.decidedWithin("reconsideration", 300, 2019);
    g.decidedWithin("litigationDirect", 420, 2019);
    g.decidedWithin("litigationAfterReconsideration", 55, 2019);
    // 2020 exactly as the seed, with carry-over from 2019
    SEED_2020.forEach((block, cells) -> g.year2020(block, cells));
    // 2021: new cases, decided in 2021 or carried over into 2022
    g.year2021("reconsideration", new int[] {172, 56, 90, 71});
    g.year2021("litigationDirect", new int[] {362, 49, 74, 98});
    g.year2021("litigationAfterReconsideration", new int[] {57, 6, 13, 16});

    List<Row> reconsiderations = g.rows.stream().filter(r -> r.block.equals("reconsideration")).toList();
    List<Row> direct = g.rows.stream().filter(r -> r.block.equals("litigationDirect")).toList();
    List<Row> after = g.rows.stream().filter(r -> r.block.equals("litigationAfterReconsideration")).toList();
    insert(reconsiderations);
    insert(direct);
    g.link(after, jdbc.query(
        "select id, agency_code, decided_on from appeal_case where kind = 'RECONSIDERATION' and result = 'UPHELD' order by decided_on",
        (rs, n) -> new Decided(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))));
    insert(after);
    int complaintCount = insertComplaints(g);
    audit.record("DEMO_APPEALS_LOADED", "appeal_case", null, "载入演示复议诉讼案件和投诉举报",
        "案件 " + g.rows.size() + " 件，投诉举报 " + complaintCount + " 件");
    return new int[] {g.rows.size(), complaintCount};
  }

  private void insert(List<Row> rows) {
    List<Object[]> args = new ArrayList<>();
    for (Row r : rows) {
      args.add(new Object[] {
        r.block.equals("reconsideration") ? "RECONSIDERATION" : "LITIGATION",
        r.block.equals("reconsideration") ? null : r.block.equals("litigationDirect") ? "DIRECT" : "AFTER_RECONSIDERATION",
        r.reconsiderationId, r.agency.code(), r.caseNumber, r.applicant, r.receivedOn, r.body, r.result.name(), r.decidedOn,
        r.summary});
    }
    jdbc.batchUpdate(
        "insert into appeal_case (kind, route, reconsideration_id, agency_code, case_number, applicant_name, received_on,"
            + " deciding_body, result, decided_on, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        args);
  }

  private int insertComplaints(Generator g) {
    List<Object[]> args = new ArrayList<>();
    Random rnd = g.rnd;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String[] issues = {
      "未按规定在政府网站主动公开财政预决算信息", "对政府信息公开申请逾期未作答复", "政府信息公开指南内容长期未更新、联系电话无法接通",
      "答复告知书未说明不予公开的理由和依据", "要求申请人说明申请用途，无法律依据", "重大建设项目批准和实施信息未公开",
      "征地补偿安置方案未按规定公开", "政府信息公开目录链接失效，无法查阅"};
    ComplaintFinding[] findings = ComplaintFinding.values();
    ComplaintChannel[] channels = ComplaintChannel.values();
    int count2021 = 16;
    for (int i = 0; i < SEED_COMPLAINTS_2020 + count2021 + 2; i++) {
      Agency agency = g.pickNotRoot();
      Agency supervisor = access.supervisorOf(agency.code()).orElseThrow();
      LocalDate received;
      String state = "ANSWERED";
      if (i < SEED_COMPLAINTS_2020) {
        received = g.date(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 11, 30));
      } else if (i < SEED_COMPLAINTS_2020 + count2021) {
        received = g.date(LocalDate.of(2021, 1, 6), LocalDate.of(2021, 11, 30));
      } else {
        // two recent ones still being worked, to show the steps
        received = today.minusDays(i % 2 == 0 ? 3 : 12);
        state = i % 2 == 0 ? "RECEIVED" : "UNDER_INVESTIGATION";
      }
      LocalDate investigated = state.equals("RECEIVED") ? null : received.plusDays(1 + rnd.nextInt(4));
      ComplaintFinding finding = state.equals("ANSWERED") ? findings[rnd.nextInt(findings.length)] : null;
      LocalDate answered = state.equals("ANSWERED") ? investigated.plusDays(7 + rnd.nextInt(20)) : null;
      String issue = issues[rnd.nextInt(issues.length)];
      String answer = finding == null ? null : switch (finding) {
        case SUBSTANTIATED_RECTIFICATION -> "经调查核实，反映的问题属实。已督促" + agency.name() + "限期整改，并将整改情况书面报送。";
        case SUBSTANTIATED_CRITICISM -> "经调查核实，反映的问题属实。已对" + agency.name() + "予以通报批评，责令整改。";
        case NOT_SUBSTANTIATED -> "经调查核实，" + agency.name() + "已依法履行政府信息公开职责，反映的问题不属实。";
      };
      args.add(new Object[] {
        agency.code(), supervisor.code(), g.name(), "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextInt(1_000_000_000)),
        channels[rnd.nextInt(channels.length)].name(), received, "反映" + agency.name() + issue + "。", state, investigated,
        finding == null ? null : finding.name(), answer, answered});
    }
    jdbc.batchUpdate(
        "insert into complaint (agency_code, supervisor_code, complainant_name, contact, channel, received_on, content, state,"
            + " investigation_started_on, finding, answer, answered_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        args);
    return args.size();
  }

  record Decided(long id, String agencyCode, LocalDate decidedOn) {}

  /** One case to insert. */
  static final class Row {
    final String block;
    Agency agency;
    String applicant;
    LocalDate receivedOn;
    CaseResult result;
    LocalDate decidedOn;
    String body;
    String caseNumber;
    String summary;
    Long reconsiderationId;

    Row(String block) {
      this.block = block;
    }
  }

  /** Deterministic generation of plausible cases. */
  static final class Generator {
    final Random rnd;
    final AgencyTree tree;
    final List<Row> rows = new ArrayList<>();
    private final List<Agency> pool = new ArrayList<>();
    private final Map<String, Integer> serials = new HashMap<>();

    Generator(AgencyTree tree, Random rnd) {
      this.tree = tree;
      this.rnd = rnd;
      for (Agency a : tree.all()) {
        int weight = switch (a.kind()) {
          case GOVERNMENT -> 5;
          case DEPARTMENT -> a.level() == AgencyLevel.MUNICIPAL ? 3 : 2;
          case TOWNSHIP -> 1;
        };
        for (int i = 0; i < weight; i++) {
          pool.add(a);
        }
      }
    }

    Agency pick() {
      return pool.get(rnd.nextInt(pool.size()));
    }

    Agency pickNotRoot() {
      Agency a;
      do {
        a = pick();
      } while (a.parentCode() == null);
      return a;
    }

    LocalDate date(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      return from.plusDays(days <= 0 ? 0 : rnd.nextInt((int) days + 1));
    }

    String name() {
      return SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
    }

    private static boolean litigation(String block) {
      return !block.equals("reconsideration");
    }

    private static int minGap(String block) {
      return litigation(block) ? 45 : 20;
    }

    private static int maxGap(String block) {
      return litigation(block) ? 200 : 90;
    }

    /** A case received in [recvFrom, recvTo] and decided in [decideFrom, decideTo] (never before received + the minimum gap). */
    void add(String block, CaseResult result, LocalDate recvFrom, LocalDate recvTo, LocalDate decideFrom, LocalDate decideTo) {
      Row r = new Row(block);
      r.agency = pick();
      r.applicant = name();
      r.receivedOn = date(recvFrom, recvTo);
      r.result = result;
      if (result.isDecided()) {
        LocalDate from = r.receivedOn.plusDays(minGap(block));
        if (from.isBefore(decideFrom)) {
          from = decideFrom;
        }
        LocalDate to = r.receivedOn.plusDays(maxGap(block));
        if (to.isAfter(decideTo) || to.isBefore(from)) {
          to = decideTo;
        }
        if (from.isAfter(to)) {
          throw new IllegalStateException("demo window too narrow for " + block + " received " + r.receivedOn);
        }
        r.decidedOn = date(from, to);
      }
      describe(r);
      rows.add(r);
    }

    void decidedWithin(String block, int count, int year) {
      for (int i = 0; i < count; i++) {
        add(block, randomResult(), LocalDate.of(year, 1, 2), LocalDate.of(year, 9, 30), LocalDate.of(year, 1, 2),
            LocalDate.of(year, 12, 31));
      }
    }

    /** The seed's 2020 block: about an eighth of each decided column carried over from 2019. */
    void year2020(String block, int[] cells) {
      for (int k = 0; k < 3; k++) {
        int n = cells[k];
        int carried = n * 12 / 100;
        for (int i = 0; i < n; i++) {
          if (i < carried) {
            add(block, DECIDED[k], LocalDate.of(2019, 10, 8), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 6),
                LocalDate.of(2020, 5, 29));
          } else {
            add(block, DECIDED[k], LocalDate.of(2020, 1, 2), LocalDate.of(2020, 10, 30), LocalDate.of(2020, 1, 2),
                LocalDate.of(2020, 12, 31));
          }
        }
      }
      int pending = cells[3];
      int carried = pending / 10;
      for (int i = 0; i < pending; i++) {
        if (i < carried) {
          // received in 2019, still open at the end of 2020
          add(block, randomResult(), LocalDate.of(2019, 9, 2), LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 11),
              LocalDate.of(2021, 6, 30));
        } else {
          LocalDate from = litigation(block) ? LocalDate.of(2020, 6, 1) : LocalDate.of(2020, 10, 9);
          add(block, randomResult(), from, LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 4), LocalDate.of(2021, 8, 31));
        }
      }
    }

    /** 2021: new cases decided in 2021, and some carried over into 2022 (two lawsuits still undecided). */
    void year2021(String block, int[] cells) {
      for (int k = 0; k < 3; k++) {
        for (int i = 0; i < cells[k]; i++) {
          add(block, DECIDED[k], LocalDate.of(2021, 1, 4), LocalDate.of(2021, 10, 29), LocalDate.of(2021, 1, 4),
              LocalDate.of(2021, 12, 31));
        }
      }
      for (int i = 0; i < cells[3]; i++) {
        CaseResult result = litigation(block) && i < 2 ? CaseResult.PENDING : randomResult();
        LocalDate from = litigation(block) ? LocalDate.of(2021, 6, 1) : LocalDate.of(2021, 10, 8);
        add(block, result, from, LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 4), LocalDate.of(2022, 8, 31));
      }
    }

    private CaseResult randomResult() {
      int x = rnd.nextInt(100);
      return x < 58 ? CaseResult.UPHELD : x < 78 ? CaseResult.CORRECTED : CaseResult.OTHER;
    }

    /** Links lawsuits after reconsideration to an upheld reconsideration decided one to eight weeks before. */
    void link(List<Row> after, List<Decided> decided) {
      Set<Long> used = new HashSet<>();
      for (Row r : after) {
        for (int attempt = 0; attempt < 40; attempt++) {
          Decided d = decided.get(rnd.nextInt(decided.size()));
          long gap = ChronoUnit.DAYS.between(d.decidedOn(), r.receivedOn);
          if (gap >= 7 && gap <= 56 && used.add(d.id())) {
            r.reconsiderationId = d.id();
            r.agency = tree.find(d.agencyCode()).orElse(r.agency);
            describe(r);
            break;
          }
        }
      }
    }

    private void describe(Row r) {
      int year = r.receivedOn.getYear();
      String topic = TOPICS[rnd.nextInt(TOPICS.length)];
      if (!litigation(r.block)) {
        Agency body = reconsiderationBody(r.agency);
        r.body = body.name();
        String prefix = body.parentCode() == null ? "渝府复" : body.shortName() + "府复";
        r.caseNumber = prefix + "〔" + year + "〕" + serial(prefix + year) + "号";
        r.summary = "申请人向" + r.agency.name() + "申请公开" + topic + "，对其答复不服，申请行政复议。";
      } else {
        String[] court = court(r.agency);
        r.body = court[0];
        r.caseNumber = "（" + year + "）" + court[1] + "行初" + serial(court[1] + year) + "号";
        r.summary = "原告向" + r.agency.name() + "申请公开" + topic + "，对答复不服，"
            + (r.block.equals("litigationDirect") ? "直接" : "经行政复议后") + "提起行政诉讼。";
      }
    }

    private int serial(String key) {
      return serials.merge(key, 1 + rnd.nextInt(3), Integer::sum);
    }

    /** The municipal government decides on municipal bodies and districts; a district government on its own bodies. */
    private Agency reconsiderationBody(Agency respondent) {
      if (respondent.level() == AgencyLevel.MUNICIPAL || respondent.kind() == AgencyKind.GOVERNMENT) {
        return tree.roots().get(0);
      }
      return tree.governmentOf(respondent.code()).orElse(tree.roots().get(0));
    }

    private String[] court(Agency respondent) {
      int h = Math.abs(respondent.code().hashCode());
      if (respondent.kind() == AgencyKind.GOVERNMENT) {
        return respondent.parentCode() == null ? INTERMEDIATE_COURTS[0] : INTERMEDIATE_COURTS[h % INTERMEDIATE_COURTS.length];
      }
      return BASIC_COURTS[h % BASIC_COURTS.length];
    }
  }
}
