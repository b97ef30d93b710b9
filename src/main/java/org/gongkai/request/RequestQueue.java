package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Agencies;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff queue as an SQL read model: the requests of the agencies in the caller's reach, filtered,
 * sorted by the nearest deadline, one page at a time. Days left are derived from the stored deadline
 * and the clock, never stored.
 */
@Service
public class RequestQueue {

  /** How close a deadline must be (in working days) to be flagged. */
  public static final int NEAR_DAYS = 5;

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Agencies agencies;
  private final StatutoryClock statutoryClock;
  private final Clock clock;

  RequestQueue(JdbcClient jdbc, AccessPolicy access, Agencies agencies, StatutoryClock statutoryClock, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.statutoryClock = statutoryClock;
    this.clock = clock;
  }

  /** A filter; {@code due} is {@code overdue}, {@code near} or {@code later}; {@code open} limits to unfinished requests. */
  public record Query(String agencyCode, String status, String applicantType, String due, String q, boolean open, int page, int size) {
    public Query {
      page = Math.max(0, page);
      size = size <= 0 || size > 200 ? 50 : size;
    }
  }

  /** One line of the queue. */
  public record Line(String trackingNumber, String agencyCode, String agencyName, LocalDate receivedOn,
      ApplicantType applicantType, String applicantName, String maskedId, String description, RequestStatus status,
      ReplyOutcome outcome, LocalDate nextDeadline, boolean paused, Integer daysLeft) {

    /** 'overdue', 'near', 'ok' or 'closed', for the colour. */
    public String urgency() {
      if (status.isClosed() || daysLeft == null) {
        return "closed";
      }
      return daysLeft < 0 ? "overdue" : daysLeft <= NEAR_DAYS ? "near" : "ok";
    }

    public String daysLeftText() {
      if (status.isClosed() || daysLeft == null) {
        return "—";
      }
      String prefix = paused ? "暂停中，" : "";
      return daysLeft < 0 ? prefix + "已超期" + (-daysLeft) + "个工作日" : daysLeft == 0 ? prefix + "今日到期" : prefix + "剩余" + daysLeft + "个工作日";
    }
  }

  public record Page(List<Line> lines, long total, int page, int size) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  @Transactional(readOnly = true)
  public Page search(Query query) {
    LocalDate today = LocalDate.now(clock);
    Where where = where(query, today);
    long total = count(where);
    List<Object> pageParams = new ArrayList<>(where.params());
    pageParams.add(query.size());
    pageParams.add((long) query.page() * query.size());
    var tree = agencies.tree();
    List<Line> lines = jdbc.sql("select r.tracking_number, r.agency_code, r.received_on, r.applicant_type, r.applicant_name,"
            + " r.id_number, r.credit_code, r.description, r.status, r.outcome, r.next_deadline, r.due_date"
            + " from disclosure_request r" + where.sql() + where.order() + " limit ? offset ?")
        .params(pageParams)
        .query((rs, n) -> {
          RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
          LocalDate next = RequestRepository.day(rs, "next_deadline");
          boolean paused = rs.getDate("due_date") == null;
          Integer left = status.isClosed() || next == null ? null : daysLeft(today, next);
          String agencyCode = rs.getString("agency_code");
          ApplicantType type = ApplicantType.valueOf(rs.getString("applicant_type"));
          String id = type.isOrganisation() ? rs.getString("credit_code") : rs.getString("id_number");
          String outcome = rs.getString("outcome");
          String description = rs.getString("description");
          return new Line(rs.getString("tracking_number"), agencyCode,
              tree.find(agencyCode).map(Agency::displayName).orElse(agencyCode), RequestRepository.day(rs, "received_on"),
              type, rs.getString("applicant_name"), Applicant.mask(id), shorten(description, 60), status,
              outcome == null ? null : ReplyOutcome.valueOf(outcome), next, paused, left);
        })
        .list();
    return new Page(lines, total, query.page(), query.size());
  }

  /** Most rows one export writes. */
  public static final int EXPORT_LIMIT = 100_000;

  /** One row of the spreadsheet export: no identity numbers, phones or addresses (personal data). */
  public record ExportLine(String trackingNumber, String agencyName, Channel channel, LocalDate receivedOn,
      ApplicantType applicantType, String applicantName, String summary, RequestStatus status, ReplyOutcome outcome,
      LocalDate nextDeadline, Integer daysLeft, LocalDate repliedOn) {}

  /**
   * Every request the filter matches (page and size ignored), in the queue's order, for the XLSX
   * export; refused with a plain message above {@link #EXPORT_LIMIT} rows.
   */
  @Transactional(readOnly = true)
  public List<ExportLine> export(Query query) {
    LocalDate today = LocalDate.now(clock);
    Where where = where(query, today);
    long total = count(where);
    if (total > EXPORT_LIMIT) {
      throw new org.gongkai.shared.InvalidInputException("export", "符合条件的申请共" + total + "件，超过单次导出上限"
          + EXPORT_LIMIT + "件，请缩小范围（按机关、状态、申请人类型或期限筛选）后再导出");
    }
    var tree = agencies.tree();
    return jdbc.sql("select r.tracking_number, r.agency_code, r.channel, r.received_on, r.applicant_type, r.applicant_name,"
            + " r.description, r.status, r.outcome, r.next_deadline, r.replied_on"
            + " from disclosure_request r" + where.sql() + where.order())
        .params(where.params())
        .withFetchSize(1000)
        .query((rs, n) -> {
          RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
          LocalDate next = RequestRepository.day(rs, "next_deadline");
          String agencyCode = rs.getString("agency_code");
          String outcome = rs.getString("outcome");
          return new ExportLine(rs.getString("tracking_number"), tree.find(agencyCode).map(Agency::name).orElse(agencyCode),
              Channel.valueOf(rs.getString("channel")), RequestRepository.day(rs, "received_on"),
              ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
              shorten(rs.getString("description"), 200), status, outcome == null ? null : ReplyOutcome.valueOf(outcome),
              next, status.isClosed() || next == null ? null : daysLeft(today, next), RequestRepository.day(rs, "replied_on"));
        })
        .list();
  }

  /** The WHERE clause, its parameters and the order of a query. */
  private record Where(String sql, List<Object> params, String order) {}

  private Where where(Query query, LocalDate today) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    scope(query.agencyCode(), where, params);
    if (query.status() != null && !query.status().isBlank()) {
      RequestStatus s = RequestStatus.valueOf(query.status());
      where.append(" and r.status = ?");
      params.add(s.name());
      if (!s.isClosed()) {
        where.append(" and r.closed_on is null");
      }
    } else if (query.open()) {
      where.append(" and r.closed_on is null");
    }
    if (query.applicantType() != null && !query.applicantType().isBlank()) {
      where.append(" and r.applicant_type = ?");
      params.add(ApplicantType.valueOf(query.applicantType()).name());
    }
    if (query.due() != null && !query.due().isBlank()) {
      LocalDate near = statutoryClock.addWorkingDays(today, NEAR_DAYS);
      where.append(" and r.closed_on is null");
      switch (query.due()) {
        case "overdue" -> {
          where.append(" and r.next_deadline < ?");
          params.add(today);
        }
        case "near" -> {
          where.append(" and r.next_deadline >= ? and r.next_deadline <= ?");
          params.add(today);
          params.add(near);
        }
        case "later" -> {
          where.append(" and r.next_deadline > ?");
          params.add(near);
        }
        default -> throw new org.gongkai.shared.InvalidInputException("due", "期限筛选取值无效");
      }
    }
    if (query.q() != null && !query.q().isBlank()) {
      where.append(" and r.tracking_number = ?");
      params.add(query.q().trim().toUpperCase());
    }
    boolean openOnly = where.indexOf("closed_on is null") >= 0;
    String order = openOnly ? " order by r.next_deadline nulls last, r.id" : " order by r.received_on desc, r.id desc";
    return new Where(where.toString(), params, order);
  }

  private long count(Where where) {
    return jdbc.sql("select count(*) from disclosure_request r" + where.sql()).params(where.params()).query(Long.class).single();
  }

  private static String shorten(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }

  /** Working days from today to the deadline; negative when past it. */
  int daysLeft(LocalDate today, LocalDate deadline) {
    if (deadline.isBefore(today)) {
      return -statutoryClock.calendar().workingDaysBetween(deadline, today);
    }
    return statutoryClock.calendar().workingDaysBetween(today, deadline);
  }

  /** Open requests near (≤ 5 working days) or past the deadline in the scope, nearest first. */
  @Transactional(readOnly = true)
  public Page urgent(String scopeCode, int limit) {
    LocalDate near = statutoryClock.addWorkingDays(LocalDate.now(clock), NEAR_DAYS);
    Page page = search(new Query(scopeCode, null, null, null, null, true, 0, limit));
    List<Line> lines = page.lines().stream().filter(l -> l.nextDeadline() != null && !l.nextDeadline().isAfter(near)).toList();
    long total = countUrgent(scopeCode, near);
    return new Page(lines, total, 0, limit);
  }

  private long countUrgent(String scopeCode, LocalDate near) {
    StringBuilder where = new StringBuilder(" where r.closed_on is null and r.next_deadline <= ?");
    List<Object> params = new ArrayList<>();
    params.add(near);
    scope(scopeCode, where, params);
    return jdbc.sql("select count(*) from disclosure_request r" + where).params(params).query(Long.class).single();
  }

  /** Restricts to the agency (and, for supervisors and admins, its subtree) within the caller's reach. */
  private void scope(String agencyCode, StringBuilder where, List<Object> params) {
    StaffPrincipal me = access.requireCurrent();
    String root = agencyCode == null || agencyCode.isBlank() ? access.scopeRoot().code() : agencyCode.trim();
    access.requireSee(root);
    boolean subtree = me.has(Role.ADMIN) || me.has(Role.SUPERVISOR);
    if (subtree) {
      Agency top = agencies.require(root);
      if (top.parentCode() == null) {
        return; // the whole tree
      }
      where.append(" and r.agency_code in (select code from agency where path like ?)");
      params.add(top.path() + "%");
    } else {
      where.append(" and r.agency_code = ?");
      params.add(root);
    }
  }
}
