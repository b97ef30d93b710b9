package org.gongkai.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of 行政复议 and 行政诉讼 cases: registered, edited and decided by the staff who may
 * work the respondent agency, every change audited; read by everyone who may see it.
 */
@Service
public class AppealCases {

  /** Most rows an export writes. */
  public static final int EXPORT_LIMIT = 100_000;

  static final int MAX_SUMMARY = 2000;

  private final AppealCaseRepository repository;
  private final Agencies agencies;
  private final AppealAccess access;
  private final AuditLog audit;
  private final Clock clock;

  AppealCases(AppealCaseRepository repository, Agencies agencies, AppealAccess access, AuditLog audit, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
  }

  /** The case, if the current member of staff may see it (403 otherwise, 404 if there is none). */
  @Transactional(readOnly = true)
  public AppealCase get(long id) {
    AppealCase c = repository.find(id).orElseThrow(() -> new NotFoundException("未找到该复议、诉讼案件"));
    access.requireSee(c.agencyCode());
    return c;
  }

  public boolean canWork(AppealCase c) {
    return access.canWork(c.agencyCode());
  }

  /** Litigation registered after this reconsideration case. */
  @Transactional(readOnly = true)
  public List<AppealCase> litigationAfter(AppealCase reconsideration) {
    return repository.litigationAfter(reconsideration.id()).stream().filter(c -> access.canSee(c.agencyCode())).toList();
  }

  @Transactional
  public AppealCase register(CaseInput input) {
    AppealCase parsed = parse(0, input, 0);
    access.requireWork(parsed.agencyCode());
    long id = repository.insert(parsed);
    AppealCase saved = repository.find(id).orElseThrow();
    audit.record("APPEAL_CASE_REGISTERED", "appeal_case", String.valueOf(id),
        "登记" + saved.kindLabel() + "案件：" + saved.applicantName() + " 诉/申请 " + agencyName(saved.agencyCode()),
        describe(saved));
    return saved;
  }

  @Transactional
  public AppealCase update(long id, CaseInput input) {
    AppealCase before = get(id);
    access.requireWork(before.agencyCode());
    if (input.version() == null) {
      throw new InvalidInputException("version", "缺少版本号，请刷新后重新编辑");
    }
    AppealCase parsed = parse(id, input, input.version());
    if (parsed.kind() != before.kind()) {
      throw new InvalidInputException("kind", "不能更改案件类别（行政复议 / 行政诉讼），请另行登记");
    }
    access.requireWork(parsed.agencyCode());
    if (!repository.update(parsed)) {
      throw new ConflictException("该案件已被他人修改（当前版本 " + repository.find(id).map(AppealCase::version).orElse(-1)
          + "），请刷新后重新编辑");
    }
    AppealCase after = repository.find(id).orElseThrow();
    audit.record("APPEAL_CASE_UPDATED", "appeal_case", String.valueOf(id), "修改" + after.kindLabel() + "案件",
        changes(before, after));
    return after;
  }

  /** 登记审结结果 of a pending case. */
  @Transactional
  public AppealCase decide(long id, String result, String decidedOn, Integer version) {
    AppealCase before = get(id);
    access.requireWork(before.agencyCode());
    LocalDate today = LocalDate.now(clock);
    Checks checks = Checks.start();
    CaseResult r = Inputs.choice(checks, "result", "审结结果", CaseResult.class, result, true);
    LocalDate on = Inputs.date(checks, "decidedOn", "审结日期", decidedOn, true, today);
    if (before.result().isDecided()) {
      before.decide(r, on, today); // throws the conflict naming the current result
    }
    checks.throwIfAny();
    AppealCase decided = before.decide(r, on, today);
    AppealCase versioned = withVersion(decided, version == null ? before.version() : version);
    if (!repository.update(versioned)) {
      throw new ConflictException("该案件已被他人修改，请刷新后重试");
    }
    audit.record("APPEAL_CASE_DECIDED", "appeal_case", String.valueOf(id),
        before.kindLabel() + "案件审结：" + r.label(), "审结日期：" + on + "；" + before.decidingBody());
    return repository.find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Page<AppealCase> search(CaseQuery query) {
    Where where = where(query);
    long total = repository.count(where.sql, where.params);
    List<AppealCase> items = repository.search(where.sql, where.params, query.size(), (long) query.page() * query.size());
    return new Page<>(items, total, query.page(), query.size());
  }

  /**
   * Every case the filter matches, for the export; refused (never cut short silently) above
   * {@link #EXPORT_LIMIT} rows.
   */
  @Transactional(readOnly = true)
  public List<AppealCase> export(CaseQuery query) {
    Where where = where(query);
    requireExportable(repository.count(where.sql, where.params));
    return repository.search(where.sql, where.params, EXPORT_LIMIT, 0);
  }

  static void requireExportable(long rows) {
    if (rows > EXPORT_LIMIT) {
      throw new InvalidInputException("export", "符合条件的记录有" + rows + "件，超过单次导出上限" + EXPORT_LIMIT
          + "件，请缩小范围（按机关、年度或结果筛选）后再导出");
    }
  }

  private Where where(CaseQuery query) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    AppealAccess.SqlFilter reach = access.reach("a");
    sql.append(reach.clause());
    params.addAll(reach.params());
    if (query.agencyCode() != null) {
      Agency agency = agencies.find(query.agencyCode())
          .orElseThrow(() -> new InvalidInputException("agency", "未找到代码为“" + query.agencyCode() + "”的行政机关"));
      access.requireSee(agency.code());
      sql.append(" and a.path like ?");
      params.add(agency.path() + "%");
    }
    if (query.category() != null) {
      sql.append(query.category().sql());
    }
    if (query.year() != null) {
      sql.append(" and c.received_on between ? and ?");
      params.add(LocalDate.of(query.year(), 1, 1));
      params.add(LocalDate.of(query.year(), 12, 31));
    }
    if (query.result() != null) {
      sql.append(" and c.result = ?");
      params.add(query.result().name());
    }
    return new Where(sql.toString(), params);
  }

  private record Where(String sql, List<Object> params) {}

  /** Checks every field; throws all problems at once. */
  private AppealCase parse(long id, CaseInput in, int version) {
    LocalDate today = LocalDate.now(clock);
    Checks checks = Checks.start();
    CaseKind kind = Inputs.choice(checks, "kind", "案件类别", CaseKind.class, in.kind(), true);
    LitigationRoute route = null;
    Long reconsiderationId = null;
    if (kind == CaseKind.LITIGATION) {
      route = Inputs.choice(checks, "route", "起诉方式", LitigationRoute.class, in.route(), true);
    }
    String agencyCode = Inputs.trim(in.agencyCode());
    Agency agency = null;
    if (agencyCode == null) {
      checks.add("agencyCode", "请选择被申请人（被告）机关");
    } else {
      agency = agencies.find(agencyCode).orElse(null);
      if (agency == null) {
        checks.add("agencyCode", "未找到代码为“" + (agencyCode.length() > 20 ? agencyCode.substring(0, 20) + "…" : agencyCode) + "”的行政机关");
      }
    }
    String caseNumber = Inputs.text(checks, "caseNumber", "案号", in.caseNumber(), 60, false);
    String tracking = Inputs.trim(in.requestTrackingNumber());
    if (tracking != null && !TrackingNumbers.isValid(tracking)) {
      checks.add("requestTrackingNumber", TrackingNumbers.MESSAGE);
      tracking = null;
    }
    String applicantLabel = kind == CaseKind.LITIGATION ? "原告" : kind == null ? "申请人（原告）" : "申请人";
    String applicant = Inputs.text(checks, "applicantName", applicantLabel, in.applicantName(), 100, true);
    String bodyLabel = kind == null ? "复议机关（审理法院）" : kind.bodyLabel();
    String body = Inputs.text(checks, "decidingBody", bodyLabel, in.decidingBody(), 100, true);
    String summary = Inputs.text(checks, "summary", "案情摘要", in.summary(), MAX_SUMMARY, false);
    String receivedLabel = kind == CaseKind.LITIGATION ? "立案日期" : "收到复议申请日期";
    LocalDate receivedOn = Inputs.date(checks, "receivedOn", receivedLabel, in.receivedOn(), true, today);
    if (receivedOn != null && agency != null && agency.establishedOn() != null && receivedOn.isBefore(agency.establishedOn())) {
      checks.add("receivedOn", receivedLabel + "不能早于该机关成立日期 " + agency.establishedOn());
    }
    CaseResult result = Inputs.choice(checks, "result", "审理结果", CaseResult.class, in.result(), true);
    LocalDate decidedOn = Inputs.date(checks, "decidedOn", "审结日期", in.decidedOn(), false, today);
    if (result != null && result.isDecided() && decidedOn == null && Inputs.trim(in.decidedOn()) == null) {
      checks.add("decidedOn", "已审结的案件请填写审结日期");
    }
    if (result == CaseResult.PENDING && Inputs.trim(in.decidedOn()) != null) {
      checks.add("decidedOn", "尚未审结的案件不能填写审结日期");
    }
    if (receivedOn != null && decidedOn != null && decidedOn.isBefore(receivedOn)) {
      checks.add("decidedOn", "审结日期不能早于" + receivedLabel + " " + receivedOn);
    }
    String reconText = Inputs.trim(in.reconsiderationId());
    if (reconText != null) {
      if (route != LitigationRoute.AFTER_RECONSIDERATION) {
        checks.add("reconsiderationId", "只有复议后起诉的案件才能关联行政复议案件");
      } else {
        try {
          long rid = Long.parseLong(reconText);
          AppealCase recon = repository.find(rid).filter(r -> access.canSee(r.agencyCode())).orElse(null);
          if (recon == null || recon.kind() != CaseKind.RECONSIDERATION) {
            checks.add("reconsiderationId", "未找到编号为 " + rid + " 的行政复议案件");
          } else if (receivedOn != null && recon.receivedOn().isAfter(receivedOn)) {
            checks.add("reconsiderationId", "关联的行政复议案件收到日期（" + recon.receivedOn() + "）晚于本案立案日期");
          } else {
            reconsiderationId = rid;
          }
        } catch (NumberFormatException e) {
          checks.add("reconsiderationId", "关联复议案件编号应为数字");
        }
      }
    }
    checks.throwIfAny();
    return new AppealCase(id, kind, route, reconsiderationId, agency.code(), caseNumber, tracking, applicant,
        receivedOn, body, result, result.isDecided() ? decidedOn : null, summary, version);
  }

  private static AppealCase withVersion(AppealCase c, int version) {
    return new AppealCase(c.id(), c.kind(), c.route(), c.reconsiderationId(), c.agencyCode(), c.caseNumber(),
        c.requestTrackingNumber(), c.applicantName(), c.receivedOn(), c.decidingBody(), c.result(), c.decidedOn(),
        c.summary(), version);
  }

  private String agencyName(String code) {
    return agencies.find(code).map(Agency::name).orElse(code);
  }

  private String describe(AppealCase c) {
    return "类别：" + c.kindLabel() + "；被申请人（被告）：" + agencyName(c.agencyCode()) + "；" + c.kind().bodyLabel() + "："
        + c.decidingBody() + "；收到（立案）日期：" + c.receivedOn() + "；结果：" + c.result().label()
        + (c.decidedOn() == null ? "" : "（" + c.decidedOn() + "）")
        + (c.requestTrackingNumber() == null ? "" : "；申请编号：" + c.requestTrackingNumber());
  }

  private String changes(AppealCase b, AppealCase a) {
    StringJoiner j = new StringJoiner("；");
    change(j, "起诉方式", b.route() == null ? null : b.route().label(), a.route() == null ? null : a.route().label());
    change(j, "关联复议案件", b.reconsiderationId(), a.reconsiderationId());
    change(j, "被申请人（被告）", agencyName(b.agencyCode()), agencyName(a.agencyCode()));
    change(j, "案号", b.caseNumber(), a.caseNumber());
    change(j, "申请编号", b.requestTrackingNumber(), a.requestTrackingNumber());
    change(j, "申请人（原告）", b.applicantName(), a.applicantName());
    change(j, "收到（立案）日期", b.receivedOn(), a.receivedOn());
    change(j, a.kind().bodyLabel(), b.decidingBody(), a.decidingBody());
    change(j, "结果", b.result().label(), a.result().label());
    change(j, "审结日期", b.decidedOn(), a.decidedOn());
    if (!Objects.equals(b.summary(), a.summary())) {
      j.add("案情摘要已修改");
    }
    return j.length() == 0 ? "未修改任何字段" : j.toString();
  }

  private static void change(StringJoiner j, String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      j.add(label + "：" + (before == null ? "（空）" : before) + " → " + (after == null ? "（空）" : after));
    }
  }
}
