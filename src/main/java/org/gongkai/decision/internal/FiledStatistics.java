package org.gongkai.decision.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计填报: one form per agency and year for figures Gongkai does not keep one record at a time.
 * The agency's clerk fills it in and submits it, the supervisor approves it or gives it back; only
 * approved figures reach the report.
 */
@Service
public class FiledStatistics {

  /** The state of a filing. */
  public enum Status {
    /** 草稿: being filled in by the agency. */
    DRAFT("草稿"),
    /** 待审核: submitted, waiting for the supervisor. */
    SUBMITTED("待审核"),
    /** 已通过: approved; its figures are used by the report. */
    APPROVED("已通过"),
    /** 已退回: given back to the agency with a comment. */
    RETURNED("已退回");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A figure of the form.
   *
   * @param key the report cell below {@code proactive.}
   * @param signed whether negative values are allowed (本年增/减)
   * @param decimal whether it is an amount in 万元 (two decimals)
   */
  public record Field(String key, String group, String label, boolean signed, boolean decimal) {}

  /** The fields of the form, in the order of section 二 of the report. */
  public static final List<Field> FIELDS = List.of(
      new Field("administrativeLicensing.itemsLastYear", "行政许可", "上一年项目数量（本平台无权力清单时填写）", false, false),
      new Field("administrativeLicensing.itemsChange", "行政许可", "本年增/减（本平台无权力清单时填写）", true, false),
      new Field("administrativeLicensing.decisions", "行政许可", "未在本平台上传的处理决定数量", false, false),
      new Field("otherManagementServices.itemsLastYear", "其他对外管理服务事项", "上一年项目数量（本平台无清单时填写）", false, false),
      new Field("otherManagementServices.itemsChange", "其他对外管理服务事项", "本年增/减（本平台无清单时填写）", true, false),
      new Field("otherManagementServices.decisions", "其他对外管理服务事项", "未在本平台上传的处理决定数量", false, false),
      new Field("administrativePenalty.itemsLastYear", "行政处罚", "上一年项目数量（本平台无权力清单时填写）", false, false),
      new Field("administrativePenalty.itemsChange", "行政处罚", "本年增/减（本平台无权力清单时填写）", true, false),
      new Field("administrativePenalty.decisions", "行政处罚", "未在本平台上传的处理决定数量", false, false),
      new Field("administrativeCoercion.itemsLastYear", "行政强制", "上一年项目数量（本平台无权力清单时填写）", false, false),
      new Field("administrativeCoercion.itemsChange", "行政强制", "本年增/减（本平台无权力清单时填写）", true, false),
      new Field("administrativeCoercion.decisions", "行政强制", "未在本平台上传的处理决定数量", false, false),
      new Field("administrativeFees.itemsLastYear", "行政事业性收费", "上一年项目数量（本平台无收费清单时填写）", false, false),
      new Field("administrativeFees.itemsChange", "行政事业性收费", "本年增/减（本平台无收费清单时填写）", true, false),
      new Field("administrativeFees.amountWanYuan", "行政事业性收费", "本年收费金额（万元）", false, true),
      new Field("centralizedProcurement.projects", "政府集中采购", "采购项目数量", false, false),
      new Field("centralizedProcurement.amountWanYuan", "政府集中采购", "采购总金额（万元）", false, true));

  private static final Map<String, Field> BY_KEY = new LinkedHashMap<>();

  static {
    FIELDS.forEach(f -> BY_KEY.put(f.key(), f));
  }

  private static final BigDecimal MAX = new BigDecimal("1000000000000");

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Agencies agencies;
  private final AuditLog audit;

  FiledStatistics(JdbcClient jdbc, AccessPolicy access, Agencies agencies, AuditLog audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
  }

  /** A filing with its figures (blank fields absent). */
  public record Filing(
      long id, String agencyCode, int year, Status status, Map<String, BigDecimal> values, String submittedBy,
      Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment, int version) {
    public boolean editable() {
      return status == Status.DRAFT || status == Status.RETURNED;
    }

    public String value(String key) {
      BigDecimal v = values.get(key);
      return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
  }

  @Transactional(readOnly = true)
  public Optional<Filing> find(String agencyCode, int year) {
    return jdbc.sql("select * from filed_statistic where agency_code = ? and year = ?")
        .params(agencyCode, year)
        .query((rs, n) -> new Filing(
            rs.getLong("id"), rs.getString("agency_code"), rs.getInt("year"), Status.valueOf(rs.getString("status")),
            values(rs.getLong("id")), rs.getString("submitted_by"),
            rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
            rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
            rs.getString("review_comment"), rs.getInt("version")))
        .optional();
  }

  private Map<String, BigDecimal> values(long id) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    jdbc.sql("select cell_key, value from filed_figure where statistic_id = ?").param(id)
        .query(rs -> {
          values.put(rs.getString(1), rs.getBigDecimal(2));
        });
    return values;
  }

  /** Checks the raw form values: numbers, not negative (but 本年增/减), whole numbers for counts. */
  public static Map<String, BigDecimal> parse(Map<String, String> raw) {
    Checks checks = Checks.start();
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (Field f : FIELDS) {
      String text = raw.get(f.key());
      if (text == null || text.isBlank()) {
        continue;
      }
      String t = text.strip().replace(",", "").replace("，", "");
      if (t.startsWith("+")) {
        t = t.substring(1);
      }
      BigDecimal v;
      try {
        v = new BigDecimal(t);
      } catch (NumberFormatException e) {
        checks.add(f.key(), f.group() + "·" + f.label() + "应填写数字");
        continue;
      }
      if (!f.signed() && v.signum() < 0) {
        checks.add(f.key(), f.group() + "·" + f.label() + "不能为负数");
      } else if (!f.decimal() && v.stripTrailingZeros().scale() > 0) {
        checks.add(f.key(), f.group() + "·" + f.label() + "应为整数");
      } else if (f.decimal() && v.stripTrailingZeros().scale() > 2) {
        checks.add(f.key(), f.group() + "·" + f.label() + "最多保留两位小数");
      } else if (v.abs().compareTo(MAX) >= 0) {
        checks.add(f.key(), f.group() + "·" + f.label() + "数值过大，请检查");
      } else {
        values.put(f.key(), v);
      }
    }
    checks.throwIfAny();
    return values;
  }

  /** Saves the agency's figures for the year as a draft (a new filing, or an editable one). */
  @Transactional
  public Filing save(String agencyCode, int year, Map<String, String> raw, Integer expectedVersion) {
    agencies.require(agencyCode);
    access.requireEditAgency(agencyCode);
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "年度应在 2000 至 2100 之间");
    }
    Map<String, BigDecimal> values = parse(raw);
    Optional<Filing> existing = find(agencyCode, year);
    long id;
    if (existing.isEmpty()) {
      id = jdbc.sql("insert into filed_statistic (agency_code, year, status) values (?, ?, 'DRAFT') returning id")
          .params(agencyCode, year).query(Long.class).single();
    } else {
      Filing f = existing.get();
      if (!f.editable()) {
        throw new ConflictException("该填报当前状态为“" + f.status().label() + "”，不能修改" + (f.status() == Status.APPROVED ? "；如需更正请先撤回" : ""));
      }
      if (expectedVersion != null && expectedVersion != f.version()) {
        throw new ConflictException("该填报已被他人修改（当前版本 " + f.version() + "），请刷新后重新填写");
      }
      id = f.id();
      jdbc.sql("update filed_statistic set status = 'DRAFT', version = version + 1, updated_at = now() where id = ?").param(id).update();
      jdbc.sql("delete from filed_figure where statistic_id = ?").param(id).update();
    }
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      jdbc.sql("insert into filed_figure (statistic_id, cell_key, value) values (?, ?, ?)").params(id, e.getKey(), e.getValue()).update();
    }
    audit.record("FILED_STATISTIC_SAVED", "filed_statistic", agencyCode + "/" + year, "保存 " + year + " 年度统计填报（" + values.size() + " 项）", describe(values));
    return find(agencyCode, year).orElseThrow();
  }

  @Transactional
  public Filing submit(String agencyCode, int year) {
    access.requireEditAgency(agencyCode);
    Filing f = require(agencyCode, year);
    if (!f.editable()) {
      throw new ConflictException("该填报当前状态为“" + f.status().label() + "”，不能提交");
    }
    if (f.values().isEmpty()) {
      throw new InvalidInputException(null, "填报中没有任何数字，不能提交");
    }
    jdbc.sql("update filed_statistic set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(), version = version + 1,"
            + " updated_at = now() where id = ?")
        .params(access.requireCurrent().getUsername(), f.id()).update();
    audit.record("FILED_STATISTIC_SUBMITTED", "filed_statistic", agencyCode + "/" + year, "提交 " + year + " 年度统计填报待审核", describe(f.values()));
    return require(agencyCode, year);
  }

  @Transactional
  public Filing approve(String agencyCode, int year, String comment) {
    return review(agencyCode, year, Status.APPROVED, comment);
  }

  @Transactional
  public Filing giveBack(String agencyCode, int year, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new InvalidInputException("comment", "退回时请填写退回理由");
    }
    return review(agencyCode, year, Status.RETURNED, comment);
  }

  private Filing review(String agencyCode, int year, Status outcome, String comment) {
    requireReviewer(agencyCode);
    Filing f = require(agencyCode, year);
    if (f.status() != Status.SUBMITTED) {
      throw new ConflictException("该填报当前状态为“" + f.status().label() + "”，只有待审核的填报可以审核");
    }
    String me = access.requireCurrent().getUsername();
    if (me.equals(f.submittedBy())) {
      throw new ConflictException("不能审核自己提交的填报");
    }
    String c = comment == null || comment.isBlank() ? null : comment.strip();
    if (c != null && c.length() > 500) {
      throw new InvalidInputException("comment", "审核意见不能超过 500 个字符");
    }
    jdbc.sql("update filed_statistic set status = ?, reviewed_by = ?, reviewed_at = now(), review_comment = ?, version = version + 1,"
            + " updated_at = now() where id = ?")
        .params(outcome.name(), me, c, f.id()).update();
    audit.record(outcome == Status.APPROVED ? "FILED_STATISTIC_APPROVED" : "FILED_STATISTIC_RETURNED", "filed_statistic",
        agencyCode + "/" + year, (outcome == Status.APPROVED ? "审核通过 " : "退回 ") + year + " 年度统计填报", c);
    return require(agencyCode, year);
  }

  /** Takes an approved filing back to draft for a correction; its figures leave the report until approved again. */
  @Transactional
  public Filing reopen(String agencyCode, int year) {
    access.requireEditAgency(agencyCode);
    Filing f = require(agencyCode, year);
    if (f.status() != Status.APPROVED && f.status() != Status.SUBMITTED) {
      throw new ConflictException("该填报当前状态为“" + f.status().label() + "”，无需撤回");
    }
    jdbc.sql("update filed_statistic set status = 'DRAFT', version = version + 1, updated_at = now() where id = ?").param(f.id()).update();
    audit.record("FILED_STATISTIC_REOPENED", "filed_statistic", agencyCode + "/" + year, "撤回 " + year + " 年度统计填报以便更正", null);
    return require(agencyCode, year);
  }

  /** Whether the current member of staff may approve the agency's filings. */
  public boolean canReview(String agencyCode) {
    StaffPrincipal p = access.current().orElse(null);
    return p != null && (p.has(Role.ADMIN) || (p.has(Role.SUPERVISOR) && agencies.tree().isWithin(agencyCode, p.agencyCode())));
  }

  private void requireReviewer(String agencyCode) {
    if (!canReview(agencyCode)) {
      throw new AccessDeniedException("只有上级政务公开主管部门可以审核该机构的统计填报");
    }
  }

  private Filing require(String agencyCode, int year) {
    return find(agencyCode, year).orElseThrow(() -> new NotFoundException(year + " 年度还没有统计填报"));
  }

  /** A row of the overview: agency, status. */
  public record Summary(String agencyCode, int year, Status status, Instant submittedAt) {}

  @Transactional(readOnly = true)
  public List<Summary> overview(Set<String> agencyCodes, int year) {
    return jdbc.sql("select agency_code, year, status, submitted_at from filed_statistic where agency_code = any(?) and year = ? order by agency_code")
        .params(agencyCodes.toArray(String[]::new), year)
        .query((rs, n) -> new Summary(rs.getString(1), rs.getInt(2), Status.valueOf(rs.getString(3)),
            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
        .list();
  }

  /** The approved figures of the year per agency. */
  @Transactional(readOnly = true)
  public Map<String, Map<String, BigDecimal>> approved(Set<String> agencyCodes, int year) {
    Map<String, Map<String, BigDecimal>> out = new HashMap<>();
    jdbc.sql("select s.agency_code, f.cell_key, f.value from filed_statistic s join filed_figure f on f.statistic_id = s.id"
            + " where s.agency_code = any(?) and s.year = ? and s.status = 'APPROVED'")
        .params(agencyCodes.toArray(String[]::new), year)
        .query(rs -> {
          out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        });
    return out;
  }

  private static String describe(Map<String, BigDecimal> values) {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> {
      Field f = BY_KEY.get(k);
      if (sb.length() > 0) {
        sb.append("；");
      }
      sb.append(f.group()).append("·").append(f.label()).append("：").append(v.toPlainString());
    });
    return sb.toString();
  }
}
