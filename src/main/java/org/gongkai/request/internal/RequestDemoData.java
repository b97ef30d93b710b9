package org.gongkai.request.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.document.CreditCodes;
import org.gongkai.document.IdNumbers;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ClockFacts;
import org.gongkai.request.Deadline;
import org.gongkai.request.Extension;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.StatutoryClock;
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
 * Demo requests of 2019, 2020 and 2021 (and a few open ones of the current weeks) over the demo
 * agencies, such that the city's 2020 figures are exactly those of the seed report's section 三.
 * Every demo request can be tracked with the query code {@link #DEMO_QUERY_CODE}.
 */
@Component
@Order(30)
class RequestDemoData implements ApplicationRunner {

  static final String DEMO_QUERY_CODE = "GONGKAI2020";
  private static final Logger log = LoggerFactory.getLogger(RequestDemoData.class);

  // columns: naturalPerson, commercialEnterprise, researchInstitution, publicWelfareOrganization, legalServiceAgency, otherOrganization
  static final int[] RECEIVED_2020 = {5330, 352, 2, 28, 16, 30};
  static final int[] CARRIED_FROM_2019 = {160, 13, 0, 0, 0, 0};
  static final int[] CARRIED_TO_2021 = {123, 20, 0, 0, 0, 1};
  static final Map<ReplyOutcome, int[]> OUTCOMES_2020 = new EnumMap<>(ReplyOutcome.class);

  static {
    OUTCOMES_2020.put(ReplyOutcome.GRANTED, new int[] {3603, 222, 1, 23, 13, 25});
    OUTCOMES_2020.put(ReplyOutcome.PARTIALLY_GRANTED, new int[] {222, 17, 1, 2, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_STATE_SECRET, new int[] {69, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_PROHIBITED_BY_LAW, new int[] {0, 1, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_THREE_SECURITY_ONE_STABILITY, new int[] {0, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_THIRD_PARTY_RIGHTS, new int[] {24, 3, 0, 1, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_INTERNAL_AFFAIRS, new int[] {60, 4, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_PROCESS_INFORMATION, new int[] {22, 3, 0, 0, 0, 1});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_LAW_ENFORCEMENT_FILES, new int[] {49, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.WITHHELD_ADMINISTRATIVE_QUERY, new int[] {51, 6, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.UNAVAILABLE_NOT_HELD, new int[] {963, 62, 0, 2, 1, 1});
    OUTCOMES_2020.put(ReplyOutcome.UNAVAILABLE_NEEDS_CREATION, new int[] {81, 2, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, new int[] {35, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.NOT_PROCESSED_PETITION_OR_COMPLAINT, new int[] {111, 1, 0, 0, 0, 2});
    OUTCOMES_2020.put(ReplyOutcome.NOT_PROCESSED_DUPLICATE, new int[] {40, 23, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.NOT_PROCESSED_PUBLICATION, new int[] {1, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.NOT_PROCESSED_MASS_REPEATED, new int[] {5, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.NOT_PROCESSED_CONFIRM_OR_REISSUE, new int[] {7, 0, 0, 0, 0, 0});
    // （六）其他处理 24/1/0/0/2/0 in the 2019 format, told apart by how the request ended
    OUTCOMES_2020.put(ReplyOutcome.OTHER_NO_CORRECTION, new int[] {14, 0, 0, 0, 1, 0});
    OUTCOMES_2020.put(ReplyOutcome.OTHER_FEE_UNPAID, new int[] {0, 0, 0, 0, 0, 0});
    OUTCOMES_2020.put(ReplyOutcome.OTHER, new int[] {10, 1, 0, 0, 1, 0});
  }

  static final int[] RECEIVED_2019 = {6930, 458, 3, 36, 21, 30};
  static final int[] RECEIVED_2021 = {5012, 401, 3, 22, 19, 27};
  static final int[] CARRIED_TO_2022 = {97, 12, 0, 1, 0, 0};

  private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
    "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "红梅", "志强", "海燕", "晓东", "玉兰", "文斌", "春梅", "德明",
    "小红", "建华", "国庆", "永强", "丽萍", "子涵", "宇轩", "欣怡", "浩然", "思远"};
  private static final String[] COMPANY_WORDS = {"渝发", "山城", "两江", "嘉陵", "长江", "缙云", "巴渝", "朝天门", "南山", "歌乐"};
  private static final String[] COMPANY_KINDS = {"建设工程有限公司", "房地产开发有限公司", "科技有限公司", "商贸有限公司", "物流有限公司", "餐饮管理有限公司", "环保科技有限公司"};
  private static final String[] DESCRIPTIONS = {
    "%s年%s旧城改造项目的征收补偿方案及批复文件",
    "%s年本单位行政事业性收费项目及收费依据",
    "%s年%s道路建设项目的环境影响评价批复",
    "%s年%s片区控制性详细规划调整的批复文件",
    "%s年对%s作出的行政处罚决定书",
    "%s年%s农村集体土地征收的用地批准文件",
    "%s年部门预算、决算及“三公”经费说明",
    "%s年%s学校新建项目的立项批复及招标文件",
    "%s年%s小区物业专项维修资金使用审批材料",
    "%s年最低生活保障资金发放名单及标准（%s）",
    "%s年%s危旧房改造补助对象公示名单",
    "%s年%s河道整治工程的验收报告",
  };
  private static final String[] PLACES = {"解放碑", "观音桥", "沙坪坝", "杨家坪", "南坪", "大坪", "李家沱", "北碚老街", "鱼洞", "龙头寺", "茶园", "西永"};

  private final JdbcTemplate jdbc;
  private final Agencies agencies;
  private final StatutoryClock statutoryClock;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final boolean demo;
  private final Random random = new Random(5_000_020_20L);

  RequestDemoData(JdbcTemplate jdbc, Agencies agencies, StatutoryClock statutoryClock, TransactionTemplate transaction,
      Clock clock, @Value("${gongkai.demo:true}") boolean demo) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.statutoryClock = statutoryClock;
    this.transaction = transaction;
    this.clock = clock;
    this.demo = demo;
  }

  /** One demo request before insertion. */
  record Demo(String agencyCode, ApplicantType type, LocalDate received, LocalDate closed, ReplyOutcome outcome,
      boolean extended) {}

  @Override
  public void run(ApplicationArguments args) {
    if (!demo || agencies.isEmpty()) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from disclosure_request", Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    long started = System.currentTimeMillis();
    List<Demo> demos = generate();
    long generated = System.currentTimeMillis();
    transaction.executeWithoutResult(status -> insert(demos));
    log.info("Demo requests: {} generated in {} ms, inserted in {} ms", demos.size(), generated - started,
        System.currentTimeMillis() - generated);
  }

  List<Demo> generate() {
    WorkingDayCalendar cal = statutoryClock.calendar();
    List<Agency> targets = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Agency a : agencies.tree().all()) {
      if (!a.acceptsRequests()) {
        continue;
      }
      double w = a.parentCode() == null ? 30 : a.kind() == AgencyKind.GOVERNMENT ? 8
          : a.level() == AgencyLevel.MUNICIPAL ? 6 : a.kind() == AgencyKind.DEPARTMENT ? 1.5 : 0.5;
      targets.add(a);
      weights.add(w);
    }
    AgencyPicker picker = new AgencyPicker(targets, weights);
    List<Demo> out = new ArrayList<>();
    ReplyOutcome[] types = ReplyOutcome.values();
    for (int c = 0; c < 6; c++) {
      ApplicantType type = ApplicantType.values()[c];
      // 2019: received, of which CARRIED_FROM_2019 remain open at the end of the year
      List<ReplyOutcome> handled2020 = new ArrayList<>();
      int sum = 0;
      for (ReplyOutcome o : types) {
        int n = OUTCOMES_2020.get(o)[c];
        sum += n;
        for (int i = 0; i < n; i++) {
          handled2020.add(o);
        }
      }
      if (sum != RECEIVED_2020[c] + CARRIED_FROM_2019[c] - CARRIED_TO_2021[c]) {
        throw new IllegalStateException("seed figures do not balance in column " + type);
      }
      Collections.shuffle(handled2020, random);
      for (int i = 0; i < RECEIVED_2019[c] - CARRIED_FROM_2019[c]; i++) {
        out.add(within(picker.pick(random), type, 2019, weighted(ReplyOutcome.values(), false), cal));
      }
      for (int i = 0; i < handled2020.size(); i++) {
        ReplyOutcome o = handled2020.get(i);
        out.add(i < CARRIED_FROM_2019[c] ? across(picker.pick(random), type, 2019, o, cal) : within(picker.pick(random), type, 2020, o, cal));
      }
      for (int i = 0; i < CARRIED_TO_2021[c]; i++) {
        out.add(across(picker.pick(random), type, 2020, weighted(types, true), cal));
      }
      for (int i = 0; i < RECEIVED_2021[c] - CARRIED_TO_2022[c]; i++) {
        out.add(within(picker.pick(random), type, 2021, weighted(types, true), cal));
      }
      for (int i = 0; i < CARRIED_TO_2022[c]; i++) {
        out.add(across(picker.pick(random), type, 2021, weighted(types, true), cal));
      }
    }
    // a few open requests of the current weeks, for the queue and the dashboard
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < 80; i++) {
      LocalDate received = today.minusDays(random.nextInt(40));
      ApplicantType type = random.nextInt(10) < 8 ? ApplicantType.NATURAL_PERSON : ApplicantType.COMMERCIAL_ENTERPRISE;
      out.add(new Demo(picker.pick(random).code(), type, received, null, null, random.nextInt(8) == 0));
    }
    return out;
  }

  /** A request received and closed within the year. */
  private Demo within(Agency agency, ApplicantType type, int year, ReplyOutcome o, WorkingDayCalendar cal) {
    LocalDate received;
    LocalDate closed;
    do {
      received = LocalDate.of(year, 1, 2).plusDays(random.nextInt(350));
      closed = cal.addWorkingDays(received, closingDays(o));
    } while (!cal.isWorkingDay(received) || closed.getYear() != year);
    return new Demo(agency.code(), type, received, closed, o, false);
  }

  /** A request received in December and closed in January of the next year. */
  private Demo across(Agency agency, ApplicantType type, int year, ReplyOutcome o, WorkingDayCalendar cal) {
    LocalDate received;
    do {
      received = LocalDate.of(year, 12, 10).plusDays(random.nextInt(22));
    } while (!cal.isWorkingDay(received));
    int toYearEnd = cal.workingDaysBetween(received, LocalDate.of(year, 12, 31));
    boolean extended = o == ReplyOutcome.OTHER_NO_CORRECTION || toYearEnd >= 19;
    int max = extended ? 35 : 20;
    int k = o == ReplyOutcome.OTHER_NO_CORRECTION ? Math.max(toYearEnd + 1, 18)
        : toYearEnd + 1 + random.nextInt(Math.max(1, max - toYearEnd));
    LocalDate closed = cal.addWorkingDays(received, k);
    return new Demo(agency.code(), type, received, closed, o, extended && o != ReplyOutcome.OTHER_NO_CORRECTION);
  }

  private int closingDays(ReplyOutcome o) {
    if (o == ReplyOutcome.OTHER_NO_CORRECTION) {
      return 19 + random.nextInt(4);
    }
    if (o == ReplyOutcome.OTHER) {
      return 1 + random.nextInt(8);
    }
    return 3 + random.nextInt(17);
  }

  /** An outcome drawn from the city's 2020 proportions (2021 format adds unpaid fees). */
  private ReplyOutcome weighted(ReplyOutcome[] types, boolean format2021) {
    int total = 0;
    for (ReplyOutcome o : types) {
      total += weight(o, format2021);
    }
    int r = random.nextInt(total);
    for (ReplyOutcome o : types) {
      r -= weight(o, format2021);
      if (r < 0) {
        return o;
      }
    }
    return ReplyOutcome.GRANTED;
  }

  private static int weight(ReplyOutcome o, boolean format2021) {
    int w = 0;
    for (int n : OUTCOMES_2020.get(o)) {
      w += n;
    }
    if (o == ReplyOutcome.OTHER_FEE_UNPAID && format2021) {
      w = 6;
    }
    if (o == ReplyOutcome.WITHHELD_THREE_SECURITY_ONE_STABILITY) {
      w = 2;
    }
    return w;
  }

  private void insert(List<Demo> demos) {
    Map<String, Integer> sequences = new HashMap<>();
    List<Object[]> rows = new ArrayList<>(demos.size());
    LocalDate today = LocalDate.now(clock);
    for (Demo d : demos) {
      String key = d.agencyCode() + "|" + d.received().getYear();
      int seq = sequences.merge(key, 1, Integer::sum);
      String tn = "YSQ-" + d.received().getYear() + "-" + d.agencyCode() + "-" + String.format("%05d", seq);
      rows.add(row(d, tn, today));
    }
    String sql = """
        insert into disclosure_request (tracking_number, query_code_hash, agency_code, channel, received_on, applicant_type,
          applicant_name, id_type, id_number, credit_code, legal_representative, contact_name, phone, email, address,
          description, format, delivery, status, outcome, outcome_note, closed_on, replied_on, delivered_on,
          correction_requested_on, correction_due_on, correction_items, extension_days, extension_approved_by,
          extension_decided_on, extension_reason, due_date, waiting_until, next_deadline, due_explanation, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""";
    for (int from = 0; from < rows.size(); from += 2000) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 2000));
      jdbc.batchUpdate(sql, chunk, chunk.size(), (PreparedStatement ps, Object[] values) -> {
        for (int i = 0; i < values.length; i++) {
          Object v = values[i];
          if (v instanceof LocalDate day) {
            ps.setDate(i + 1, Date.valueOf(day));
          } else if (v == null) {
            ps.setNull(i + 1, Types.NULL);
          } else {
            ps.setObject(i + 1, v);
          }
        }
      });
    }
    for (Map.Entry<String, Integer> e : sequences.entrySet()) {
      String[] k = e.getKey().split("\\|");
      jdbc.update("insert into request_sequence (agency_code, year, last_value) values (?, ?, ?)", k[0], Integer.parseInt(k[1]), e.getValue());
    }
    // the history, set-based
    jdbc.update("insert into request_event (request_id, occurred_at, on_date, actor, type, summary)"
        + " select id, received_on::timestamp + time '09:30', received_on, 'demo', 'Registered',"
        + " '收到申请并登记（' || case channel when 'ONLINE' then '网上申请' when 'POST' then '信函邮寄' else '当面提交' end || '）'"
        + " from disclosure_request order by id");
    jdbc.update("insert into request_event (request_id, occurred_at, on_date, actor, type, summary)"
        + " select id, correction_requested_on::timestamp + time '10:00', correction_requested_on, 'demo', 'CorrectionRequested',"
        + " '发出补正告知，补正期限至' || to_char(correction_due_on, 'YYYY年FMMM月FMDD日') || '；补正事项：' || correction_items"
        + " from disclosure_request where correction_requested_on is not null order by id");
    jdbc.update("insert into request_event (request_id, occurred_at, on_date, actor, type, summary)"
        + " select id, extension_decided_on::timestamp + time '15:00', extension_decided_on, 'demo', 'Extended',"
        + " '经负责人' || extension_approved_by || '同意延长答复期限' || extension_days || '个工作日，已告知申请人'"
        + " from disclosure_request where extension_days is not null order by id");
    jdbc.update("insert into request_event (request_id, occurred_at, on_date, actor, type, summary)"
        + " select id, closed_on::timestamp + time '16:00', closed_on, 'demo',"
        + " case status when 'ABANDONED' then 'Abandoned' when 'WITHDRAWN' then 'Withdrawn' when 'FEE_UNPAID' then 'FeeUnpaid' else 'Replied' end,"
        + " case status when 'ABANDONED' then '申请人无正当理由逾期不补正，视为放弃申请，不再处理'"
        + " when 'WITHDRAWN' then '申请人撤回申请' when 'FEE_UNPAID' then '申请人逾期未按收费通知要求缴纳费用，不再处理该申请'"
        + " else '作出答复：' || coalesce(outcome_note, '') end"
        + " from disclosure_request where closed_on is not null order by id");
    jdbc.update("insert into request_event (request_id, occurred_at, on_date, actor, type, summary)"
        + " select id, delivered_on::timestamp + time '11:00', delivered_on, 'demo', 'Delivered', '答复已送达申请人'"
        + " from disclosure_request where delivered_on is not null order by id");
  }

  private Object[] row(Demo d, String tn, LocalDate today) {
    boolean person = d.type() == ApplicantType.NATURAL_PERSON;
    String name = person ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
        : organisationName(d.type());
    String idNumber = person ? residentId(d.agencyCode()) : null;
    String creditCode = person ? null : creditCode(d.type());
    String legal = person ? null : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    String contact = person ? null : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    String channel = random.nextInt(10) < 6 ? "ONLINE" : random.nextInt(2) == 0 ? "POST" : "IN_PERSON";
    String delivery = channel.equals("ONLINE") ? (random.nextBoolean() ? "ONLINE" : "EMAIL") : random.nextBoolean() ? "POST" : "IN_PERSON";
    String format = delivery.equals("ONLINE") || delivery.equals("EMAIL") ? "ELECTRONIC" : "PAPER";
    String email = delivery.equals("EMAIL") ? "user" + random.nextInt(1_000_000) + "@example.com" : null;
    String address = "重庆市" + PLACES[random.nextInt(PLACES.length)] + (10 + random.nextInt(300)) + "号";
    String description = String.format(DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)],
        d.received().getYear() - random.nextInt(3), PLACES[random.nextInt(PLACES.length)]);

    ReplyOutcome o = d.outcome();
    String status;
    LocalDate replied = null;
    LocalDate delivered = null;
    LocalDate crOn = null;
    LocalDate crDue = null;
    String crItems = null;
    String note = null;
    if (o == null) {
      status = d.extended() ? "EXTENDED" : random.nextInt(3) == 0 ? "REGISTERED" : "UNDER_REVIEW";
    } else if (o == ReplyOutcome.OTHER_NO_CORRECTION) {
      status = "ABANDONED";
      crOn = statutoryClock.addWorkingDays(d.received(), 2);
      crDue = statutoryClock.addWorkingDays(crOn, 15);
      crItems = "请明确所需信息的名称、文号或者其他特征性描述";
    } else if (o == ReplyOutcome.OTHER) {
      status = "WITHDRAWN";
      note = "申请人撤回申请";
    } else if (o == ReplyOutcome.OTHER_FEE_UNPAID) {
      status = "FEE_UNPAID";
    } else {
      replied = d.closed();
      delivered = d.closed().plusDays(1 + random.nextInt(3));
      status = delivered.isAfter(today) ? "REPLIED" : "DELIVERED";
      if (status.equals("REPLIED")) {
        delivered = null;
      }
      note = o.fullLabel();
    }
    Extension ext = d.extended() ? new Extension(15, "办公室主任" + SURNAMES[random.nextInt(SURNAMES.length)] + "某",
        statutoryClock.addWorkingDays(d.received(), 15), "需调取档案并征求相关处室意见") : null;
    ClockFacts facts = new ClockFacts(d.received(), crOn, crDue, null, List.of(), ext);
    Deadline deadline = statutoryClock.deadline(facts);
    LocalDate next = deadline.dueDate() != null ? deadline.dueDate() : deadline.waitingUntil();
    return new Object[] {
      tn, org.gongkai.request.DemoCodes.hash(tn, DEMO_QUERY_CODE), d.agencyCode(), channel, d.received(), d.type().name(),
      name, person ? "RESIDENT_ID_CARD" : null, idNumber, creditCode, legal, contact, phone, email, address,
      description, format, delivery, status, o == null ? null : o.name(), note, d.closed(), replied, delivered,
      crOn, crDue, crItems, ext == null ? null : ext.days(), ext == null ? null : ext.approvedBy(),
      ext == null ? null : ext.decidedOn(), ext == null ? null : ext.reason(), deadline.dueDate(), deadline.waitingUntil(),
      next, deadline.explanationText()
    };
  }

  private String organisationName(ApplicantType type) {
    String word = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
    return switch (type) {
      case COMMERCIAL_ENTERPRISE -> "重庆" + word + COMPANY_KINDS[random.nextInt(COMPANY_KINDS.length)];
      case RESEARCH_INSTITUTION -> "重庆" + word + "城市发展研究院";
      case PUBLIC_WELFARE_ORGANIZATION -> "重庆市" + word + "公益服务中心";
      case LEGAL_SERVICE_AGENCY -> "重庆" + word + "律师事务所";
      default -> "重庆市" + word + "社区居民委员会";
    };
  }

  private String residentId(String agencyCode) {
    String region = agencyCode.length() >= 6 && !agencyCode.startsWith("500000") ? agencyCode.substring(0, 6) : "500103";
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
    String first17 = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
        + String.format("%03d", random.nextInt(1000));
    return first17 + IdNumbers.checkCharacter(first17);
  }

  private String creditCode(ApplicantType type) {
    String prefix = switch (type) {
      case COMMERCIAL_ENTERPRISE -> "91";
      case RESEARCH_INSTITUTION -> "12";
      case PUBLIC_WELFARE_ORGANIZATION -> "52";
      case LEGAL_SERVICE_AGENCY -> "31";
      default -> "54";
    };
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    StringBuilder b = new StringBuilder(prefix).append("500000");
    for (int i = 0; i < 9; i++) {
      b.append(chars.charAt(random.nextInt(10 + (i > 1 ? 21 : 0))));
    }
    return b.toString() + CreditCodes.checkCharacter(b.toString());
  }

  /** Picks agencies by weight. */
  private static final class AgencyPicker {
    private final List<Agency> agencies;
    private final double[] cumulative;

    AgencyPicker(List<Agency> agencies, List<Double> weights) {
      this.agencies = agencies;
      this.cumulative = new double[weights.size()];
      double sum = 0;
      for (int i = 0; i < weights.size(); i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
    }

    Agency pick(Random random) {
      double r = random.nextDouble() * cumulative[cumulative.length - 1];
      for (int i = 0; i < cumulative.length; i++) {
        if (r < cumulative[i]) {
          return agencies.get(i);
        }
      }
      return agencies.get(agencies.size() - 1);
    }
  }
}
