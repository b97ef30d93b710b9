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
 * The register of 投诉举报 about disclosure work: each is received by the supervisor of the agency
 * complained about, worked by that supervisor's staff (受理 → 调查核实 → 答复), every step audited.
 */
@Service
public class Complaints {

  private final ComplaintRepository repository;
  private final Agencies agencies;
  private final AppealAccess access;
  private final AuditLog audit;
  private final Clock clock;

  Complaints(ComplaintRepository repository, Agencies agencies, AppealAccess access, AuditLog audit, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
  }

  /** The complaint, if the current member of staff may see its supervisor's records. */
  @Transactional(readOnly = true)
  public Complaint get(long id) {
    Complaint c = repository.find(id).orElseThrow(() -> new NotFoundException("未找到该投诉举报"));
    access.requireSee(c.supervisorCode());
    return c;
  }

  public boolean canWork(Complaint c) {
    return access.canWork(c.supervisorCode());
  }

  /** The agencies the current member of staff may register complaints about (its supervisor is worked by them). */
  public List<Agency> complainable() {
    return agencies.tree().all().stream()
        .filter(a -> access.supervisorOf(a.code()).map(s -> access.canWork(s.code())).orElse(false))
        .toList();
  }

  /** The agencies whose complaints the current member of staff may see, for the list filter. */
  public List<Agency> filterable() {
    return agencies.tree().all().stream()
        .filter(a -> access.canSee(a.code()) || access.supervisorOf(a.code()).map(s -> access.canSee(s.code())).orElse(false))
        .toList();
  }

  /** The supervisor that would receive complaints about the agency. */
  public java.util.Optional<Agency> supervisorOf(String agencyCode) {
    return access.supervisorOf(agencyCode);
  }

  /** 受理: registers a complaint with the supervisor of the agency complained about. */
  @Transactional
  public Complaint receive(ComplaintInput input) {
    Complaint parsed = parse(0, input, 0, ComplaintState.RECEIVED);
    access.requireWork(parsed.supervisorCode());
    long id = repository.insert(parsed);
    Complaint saved = repository.find(id).orElseThrow();
    audit.record("COMPLAINT_RECEIVED", "complaint", String.valueOf(id),
        "受理投诉举报：" + saved.complainantName() + " 投诉 " + name(saved.agencyCode()),
        "受理机关：" + name(saved.supervisorCode()) + "；渠道：" + saved.channel().label() + "；收到日期：" + saved.receivedOn());
    return saved;
  }

  /** Corrects the registered details of a complaint not yet answered. */
  @Transactional
  public Complaint update(long id, ComplaintInput input) {
    Complaint before = get(id);
    access.requireWork(before.supervisorCode());
    if (before.state() == ComplaintState.ANSWERED) {
      throw new ConflictException("该投诉举报当前状态为“已答复”，不能再修改登记信息");
    }
    if (input.version() == null) {
      throw new InvalidInputException("version", "缺少版本号，请刷新后重新编辑");
    }
    Complaint parsed = parse(id, input, input.version(), before.state());
    if (before.investigationStartedOn() != null && parsed.receivedOn().isAfter(before.investigationStartedOn())) {
      throw new InvalidInputException("receivedOn", "收到日期不能晚于调查开始日期 " + before.investigationStartedOn());
    }
    access.requireWork(parsed.supervisorCode());
    Complaint merged = new Complaint(id, parsed.agencyCode(), parsed.supervisorCode(), parsed.complainantName(),
        parsed.contact(), parsed.channel(), parsed.receivedOn(), parsed.content(), before.state(),
        before.investigationStartedOn(), null, null, null, input.version());
    save(merged);
    Complaint after = repository.find(id).orElseThrow();
    audit.record("COMPLAINT_UPDATED", "complaint", String.valueOf(id), "修改投诉举报登记信息", changes(before, after));
    return after;
  }

  /** 开始调查核实. */
  @Transactional
  public Complaint startInvestigation(long id, String startedOn, Integer version) {
    Complaint before = get(id);
    access.requireWork(before.supervisorCode());
    LocalDate today = LocalDate.now(clock);
    Checks checks = Checks.start();
    LocalDate on = Inputs.date(checks, "investigationStartedOn", "调查开始日期", startedOn, true, today);
    if (before.state() == ComplaintState.RECEIVED) {
      checks.throwIfAny();
    }
    Complaint after = before.startInvestigation(on, today);
    save(version(after, version, before));
    audit.record("COMPLAINT_INVESTIGATION_STARTED", "complaint", String.valueOf(id), "开始调查核实投诉举报",
        "调查开始日期：" + on);
    return repository.find(id).orElseThrow();
  }

  /** 作出答复 with the finding. */
  @Transactional
  public Complaint answer(long id, String finding, String answer, String answeredOn, Integer version) {
    Complaint before = get(id);
    access.requireWork(before.supervisorCode());
    LocalDate today = LocalDate.now(clock);
    Checks checks = Checks.start();
    ComplaintFinding f = Inputs.choice(checks, "finding", "核查结论", ComplaintFinding.class, finding, true);
    LocalDate on = Inputs.date(checks, "answeredOn", "答复日期", answeredOn, true, today);
    checks.maxLength("answer", "答复内容", answer, Complaint.MAX_TEXT);
    if (before.state() == ComplaintState.UNDER_INVESTIGATION) {
      checks.throwIfAny();
    }
    Complaint after = before.answer(f, answer, on, today);
    save(version(after, version, before));
    audit.record("COMPLAINT_ANSWERED", "complaint", String.valueOf(id), "答复投诉举报：" + f.label(),
        "答复日期：" + on);
    return repository.find(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Page<Complaint> search(ComplaintQuery query) {
    Where where = where(query);
    long total = repository.count(where.sql, where.params);
    return new Page<>(repository.search(where.sql, where.params, query.size(), (long) query.page() * query.size()),
        total, query.page(), query.size());
  }

  @Transactional(readOnly = true)
  public List<Complaint> export(ComplaintQuery query) {
    Where where = where(query);
    AppealCases.requireExportable(repository.count(where.sql, where.params));
    return repository.search(where.sql, where.params, AppealCases.EXPORT_LIMIT, 0);
  }

  private Where where(ComplaintQuery query) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    AppealAccess.SqlFilter reach = access.reach("s");
    sql.append(reach.clause());
    params.addAll(reach.params());
    if (query.agencyCode() != null) {
      Agency agency = agencies.find(query.agencyCode())
          .orElseThrow(() -> new InvalidInputException("agency", "未找到代码为“" + query.agencyCode() + "”的行政机关"));
      // the staff of a supervisor may filter by the agencies it supervises, even those it cannot otherwise see
      if (!access.canSee(agency.code())) {
        access.requireSee(access.supervisorOf(agency.code()).map(Agency::code).orElse(agency.code()));
      }
      sql.append(" and a.path like ?");
      params.add(agency.path() + "%");
    }
    if (query.year() != null) {
      sql.append(" and p.received_on between ? and ?");
      params.add(LocalDate.of(query.year(), 1, 1));
      params.add(LocalDate.of(query.year(), 12, 31));
    }
    if (query.state() != null) {
      sql.append(" and p.state = ?");
      params.add(query.state().name());
    }
    return new Where(sql.toString(), params);
  }

  private record Where(String sql, List<Object> params) {}

  private Complaint parse(long id, ComplaintInput in, int version, ComplaintState state) {
    LocalDate today = LocalDate.now(clock);
    Checks checks = Checks.start();
    String agencyCode = Inputs.trim(in.agencyCode());
    Agency agency = null;
    Agency supervisor = null;
    if (agencyCode == null) {
      checks.add("agencyCode", "请选择被投诉举报的机关");
    } else {
      agency = agencies.find(agencyCode).orElse(null);
      if (agency == null) {
        checks.add("agencyCode", "未找到代码为“" + (agencyCode.length() > 20 ? agencyCode.substring(0, 20) + "…" : agencyCode) + "”的行政机关");
      } else {
        supervisor = access.supervisorOf(agencyCode).orElse(null);
        if (supervisor == null) {
          checks.add("agencyCode", "该机关没有上级人民政府，无法确定受理投诉举报的主管部门");
        }
      }
    }
    String name = Inputs.text(checks, "complainantName", "投诉举报人", in.complainantName(), 100, true);
    String contact = Inputs.text(checks, "contact", "联系方式", in.contact(), 100, false);
    ComplaintChannel channel = Inputs.choice(checks, "channel", "收到渠道", ComplaintChannel.class, in.channel(), true);
    LocalDate receivedOn = Inputs.date(checks, "receivedOn", "收到日期", in.receivedOn(), true, today);
    String content = Inputs.text(checks, "content", "投诉举报内容", in.content(), Complaint.MAX_TEXT, true);
    checks.throwIfAny();
    return new Complaint(id, agency.code(), supervisor.code(), name, contact, channel, receivedOn, content, state,
        null, null, null, null, version);
  }

  private void save(Complaint c) {
    if (!repository.update(c)) {
      throw new ConflictException("该投诉举报已被他人处理或修改，请刷新后查看当前状态");
    }
  }

  private static Complaint version(Complaint c, Integer version, Complaint before) {
    int v = version == null ? before.version() : version;
    return new Complaint(c.id(), c.agencyCode(), c.supervisorCode(), c.complainantName(), c.contact(), c.channel(),
        c.receivedOn(), c.content(), c.state(), c.investigationStartedOn(), c.finding(), c.answer(), c.answeredOn(), v);
  }

  private String name(String code) {
    return agencies.find(code).map(Agency::name).orElse(code);
  }

  private String changes(Complaint b, Complaint a) {
    StringJoiner j = new StringJoiner("；");
    if (!Objects.equals(b.agencyCode(), a.agencyCode())) {
      j.add("被投诉机关：" + name(b.agencyCode()) + " → " + name(a.agencyCode()));
    }
    if (!Objects.equals(b.complainantName(), a.complainantName())) {
      j.add("投诉举报人：" + b.complainantName() + " → " + a.complainantName());
    }
    if (!Objects.equals(b.contact(), a.contact())) {
      j.add("联系方式已修改");
    }
    if (b.channel() != a.channel()) {
      j.add("渠道：" + b.channel().label() + " → " + a.channel().label());
    }
    if (!Objects.equals(b.receivedOn(), a.receivedOn())) {
      j.add("收到日期：" + b.receivedOn() + " → " + a.receivedOn());
    }
    if (!Objects.equals(b.content(), a.content())) {
      j.add("投诉举报内容已修改");
    }
    return j.length() == 0 ? "未修改任何字段" : j.toString();
  }
}
