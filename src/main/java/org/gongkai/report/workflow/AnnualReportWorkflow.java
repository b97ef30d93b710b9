package org.gongkai.report.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.ReportStatus;
import org.gongkai.report.model.Report;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an annual report: 草稿 → 已报送 (to the supervising office) → 已发布 (frozen). A
 * correction of a published report is a new version, published in its turn, with the change
 * recorded. Every transition is audited.
 */
@Service
public class AnnualReportWorkflow {

  private static final int MAX_TEXT = 30_000;
  private static final String COLUMNS = "id, agency_code, year, version, format, scope, status, overview, problems,"
      + " other_matters, tables_json, correction_note, lock_version, submitted_at, submitted_by, published_at, published_by";

  private final JdbcClient jdbc;
  private final Agencies agencies;
  private final AnnualReports reports;
  private final AuditLog audit;

  AnnualReportWorkflow(JdbcClient jdbc, Agencies agencies, AnnualReports reports, AuditLog audit) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.reports = reports;
    this.audit = audit;
  }

  /** The newest version of the agency's report on the year, whatever its state. */
  public Optional<StoredReport> current(String agencyCode, int year) {
    return jdbc.sql("select " + COLUMNS + " from annual_report where agency_code = :a and year = :y order by version desc limit 1")
        .param("a", agencyCode).param("y", year).query(AnnualReportWorkflow::map).optional();
  }

  /** The newest published version. */
  public Optional<StoredReport> published(String agencyCode, int year) {
    return jdbc.sql("select " + COLUMNS + " from annual_report where agency_code = :a and year = :y and status = 'PUBLISHED'"
            + " order by version desc limit 1")
        .param("a", agencyCode).param("y", year).query(AnnualReportWorkflow::map).optional();
  }

  /** The newest published version of each of the agencies' reports on the year: agency code → report. */
  public java.util.Map<String, StoredReport> published(int year, java.util.Collection<String> agencyCodes) {
    java.util.Map<String, StoredReport> out = new java.util.HashMap<>();
    jdbc.sql("select distinct on (agency_code) " + COLUMNS + " from annual_report where year = :y and status = 'PUBLISHED'"
            + " and agency_code = any(:codes) order by agency_code, version desc")
        .param("y", year).param("codes", agencyCodes.toArray(String[]::new))
        .query(AnnualReportWorkflow::map).list()
        .forEach(r -> out.put(r.agencyCode(), r));
    return out;
  }

  /** Every published version of the agency's reports, newest year and version first. */
  public List<StoredReport> publishedVersions(String agencyCode) {
    return jdbc.sql("select " + COLUMNS + " from annual_report where agency_code = :a and status = 'PUBLISHED'"
            + " order by year desc, version desc")
        .param("a", agencyCode).query(AnnualReportWorkflow::map).list();
  }

  /** Every version of the agency's report on the year, newest first. */
  public List<StoredReport> versions(String agencyCode, int year) {
    return jdbc.sql("select " + COLUMNS + " from annual_report where agency_code = :a and year = :y order by version desc")
        .param("a", agencyCode).param("y", year).query(AnnualReportWorkflow::map).list();
  }

  /** The status of the newest version of every agency's report on the year: agency code → status. */
  public java.util.Map<String, ReportStatus> statuses(int year) {
    java.util.Map<String, ReportStatus> out = new java.util.HashMap<>();
    jdbc.sql("select distinct on (agency_code) agency_code, status from annual_report where year = :y"
            + " order by agency_code, version desc")
        .param("y", year)
        .query((rs, n) -> out.put(rs.getString(1), ReportStatus.valueOf(rs.getString(2))))
        .list();
    return out;
  }

  /** The draft of the year, created on first use in the year's format and the agency's default scope. */
  @Transactional
  public StoredReport open(String agencyCode, int year) {
    Optional<StoredReport> existing = current(agencyCode, year);
    if (existing.isPresent()) {
      return existing.get();
    }
    Agency agency = agencies.require(agencyCode);
    long id = jdbc.sql("insert into annual_report (agency_code, year, format, scope, status) values (:a, :y, :f, :s, 'DRAFT')"
            + " returning id")
        .param("a", agencyCode).param("y", year).param("f", ReportFormat.forYear(year).key())
        .param("s", ReportScope.defaultFor(agency).key())
        .query(Long.class).single();
    audit.record("ANNUAL_REPORT_CREATED", "annual_report", String.valueOf(id),
        "新建" + agency.name() + year + "年政府信息公开工作年度报告草稿", null);
    return require(id);
  }

  public StoredReport require(long id) {
    return jdbc.sql("select " + COLUMNS + " from annual_report where id = :id").param("id", id)
        .query(AnnualReportWorkflow::map).optional()
        .orElseThrow(() -> new NotFoundException("未找到该年度报告"));
  }

  /** Saves the narrative sections of a draft. */
  @Transactional
  public StoredReport saveNarrative(long id, int lockVersion, String overview, String problems, String otherMatters) {
    StoredReport r = require(id);
    guard(r, ReportStatus.DRAFT, "修改");
    Checks.start()
        .maxLength("overview", "总体情况", overview, MAX_TEXT)
        .maxLength("problems", "存在的主要问题及改进情况", problems, MAX_TEXT)
        .maxLength("otherMatters", "其他需要报告的事项", otherMatters, MAX_TEXT)
        .throwIfAny();
    int changed = jdbc.sql("update annual_report set overview = :o, problems = :p, other_matters = :m,"
            + " lock_version = lock_version + 1, updated_at = now() where id = :id and lock_version = :v")
        .param("o", blankToNull(overview)).param("p", blankToNull(problems)).param("m", blankToNull(otherMatters))
        .param("id", id).param("v", lockVersion).update();
    stale(changed, r);
    audit.record("ANNUAL_REPORT_EDITED", "annual_report", String.valueOf(id), "修改" + title(r) + "的文字部分", null);
    return require(id);
  }

  /** 报送: the draft goes to the supervising office. */
  @Transactional
  public StoredReport submit(long id, int lockVersion, String by) {
    StoredReport r = require(id);
    guard(r, ReportStatus.DRAFT, "报送");
    int changed = jdbc.sql("update annual_report set status = 'SUBMITTED', submitted_at = now(), submitted_by = :b,"
            + " lock_version = lock_version + 1, updated_at = now() where id = :id and lock_version = :v")
        .param("b", by).param("id", id).param("v", lockVersion).update();
    stale(changed, r);
    audit.record("ANNUAL_REPORT_SUBMITTED", "annual_report", String.valueOf(id), "报送" + title(r), null);
    return require(id);
  }

  /** 退回: the supervising office sends a submitted report back to its draft. */
  @Transactional
  public StoredReport returnToDraft(long id, int lockVersion, String reason) {
    StoredReport r = require(id);
    guard(r, ReportStatus.SUBMITTED, "退回");
    int changed = jdbc.sql("update annual_report set status = 'DRAFT', lock_version = lock_version + 1, updated_at = now()"
            + " where id = :id and lock_version = :v")
        .param("id", id).param("v", lockVersion).update();
    stale(changed, r);
    audit.record("ANNUAL_REPORT_RETURNED", "annual_report", String.valueOf(id), "退回" + title(r), reason);
    return require(id);
  }

  /** 发布: the tables are compiled once more and frozen with the narrative. */
  @Transactional
  public StoredReport publish(long id, int lockVersion, String by) {
    StoredReport r = require(id);
    guard(r, ReportStatus.SUBMITTED, "发布");
    Report tables = reports.compile(r.agencyCode(), r.year(), ReportScope.fromKey(r.scope()), r.format());
    int changed = jdbc.sql("update annual_report set status = 'PUBLISHED', tables_json = :t, published_at = now(),"
            + " published_by = :b, lock_version = lock_version + 1, updated_at = now() where id = :id and lock_version = :v")
        .param("t", FrozenTables.freeze(tables)).param("b", by).param("id", id).param("v", lockVersion).update();
    stale(changed, r);
    audit.record("ANNUAL_REPORT_PUBLISHED", "annual_report", String.valueOf(id),
        "发布" + title(r) + (r.version() > 1 ? "（第 " + r.version() + " 版，更正）" : ""), r.correctionNote());
    return require(id);
  }

  /** 更正: a new version of a published report, starting as a draft with the published text. */
  @Transactional
  public StoredReport correct(String agencyCode, int year, String note) {
    StoredReport r = current(agencyCode, year).orElseThrow(() -> new NotFoundException("该年度报告尚未建立"));
    guard(r, ReportStatus.PUBLISHED, "更正");
    Checks.start().required("correctionNote", "更正说明", note).maxLength("correctionNote", "更正说明", note, 2000).throwIfAny();
    long id = jdbc.sql("insert into annual_report (agency_code, year, version, format, scope, status, overview, problems,"
            + " other_matters, correction_note) values (:a, :y, :ver, :f, :s, 'DRAFT', :o, :p, :m, :n) returning id")
        .param("a", agencyCode).param("y", year).param("ver", r.version() + 1).param("f", r.format().key())
        .param("s", r.scope()).param("o", r.overview()).param("p", r.problems()).param("m", r.otherMatters())
        .param("n", note.strip())
        .query(Long.class).single();
    audit.record("ANNUAL_REPORT_CORRECTION_STARTED", "annual_report", String.valueOf(id),
        "更正" + title(r) + "（第 " + (r.version() + 1) + " 版）", note.strip());
    return require(id);
  }

  private void guard(StoredReport r, ReportStatus expected, String action) {
    if (r.status() != expected) {
      throw new ConflictException("该年度报告当前状态为“" + r.status().label() + "”，不能" + action
          + (expected == ReportStatus.DRAFT ? "（只有草稿可以" + action + "）" : ""));
    }
  }

  private static void stale(int changed, StoredReport r) {
    if (changed == 0) {
      throw new ConflictException("该年度报告已被他人修改，请刷新页面后重试");
    }
  }

  private String title(StoredReport r) {
    String name = agencies.find(r.agencyCode()).map(Agency::name).orElse(r.agencyCode());
    return name + r.year() + "年政府信息公开工作年度报告";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static StoredReport map(ResultSet rs, int n) throws SQLException {
    return new StoredReport(rs.getLong("id"), rs.getString("agency_code"), rs.getInt("year"), rs.getInt("version"),
        ReportFormat.fromKey(rs.getString("format")), rs.getString("scope"), ReportStatus.valueOf(rs.getString("status")),
        rs.getString("overview"), rs.getString("problems"), rs.getString("other_matters"), rs.getString("tables_json"),
        rs.getString("correction_note"), rs.getInt("lock_version"), instant(rs.getTimestamp("submitted_at")),
        rs.getString("submitted_by"), instant(rs.getTimestamp("published_at")), rs.getString("published_by"));
  }

  private static java.time.Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
