package org.gongkai.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * 审计日志. Every state change calls {@link #record} inside its own transaction, so the entry and
 * the change commit together or not at all.
 */
@Service
public class AuditLog {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an action by the current user (or the system) in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String objectType, String objectId, String summary, String details) {
    insert(currentActor(), action, objectType, objectId, summary, details);
  }

  /** Records an action of a named actor in a transaction of its own (logins, failed logins). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordStandalone(String actor, String action, String objectType, String objectId, String summary) {
    insert(actor, action, objectType, objectId, summary, null);
  }

  private void insert(String actor, String action, String objectType, String objectId, String summary, String details) {
    jdbc.sql(
            """
            insert into audit_log (actor, actor_agency, ip, action, object_type, object_id, summary, details)
            values (:actor, :agency, :ip, :action, :objectType, :objectId, :summary, :details)""")
        .param("actor", actor == null ? "system" : truncate(actor, 50))
        .param("agency", AuditActor.currentAgency())
        .param("ip", clientIp())
        .param("action", action)
        .param("objectType", objectType)
        .param("objectId", objectId == null ? null : truncate(objectId, 100))
        .param("summary", summary)
        .param("details", details)
        .update();
  }

  /** One page of the log, newest first, filtered. */
  @Transactional(readOnly = true)
  public AuditPage search(AuditQuery query) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    if (query.actor() != null && !query.actor().isBlank()) {
      where.append(" and actor = ?");
      params.add(query.actor().trim());
    }
    if (query.action() != null && !query.action().isBlank()) {
      where.append(" and action = ?");
      params.add(query.action().trim());
    }
    if (query.objectType() != null && !query.objectType().isBlank()) {
      where.append(" and object_type = ?");
      params.add(query.objectType().trim());
    }
    if (query.objectId() != null && !query.objectId().isBlank()) {
      where.append(" and object_id = ?");
      params.add(query.objectId().trim());
    }
    if (query.from() != null) {
      where.append(" and occurred_at >= ?");
      params.add(Timestamp.from(query.from().atStartOfDay(CHINA).toInstant()));
    }
    if (query.to() != null) {
      where.append(" and occurred_at < ?");
      params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
    }
    long total =
        jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(query.size());
    pageParams.add((long) query.page() * query.size());
    List<AuditEntry> entries =
        jdbc.sql(
                "select id, occurred_at, actor, actor_agency, ip, action, object_type, object_id, summary, details"
                    + " from audit_log"
                    + where
                    + " order by occurred_at desc, id desc limit ? offset ?")
            .params(pageParams)
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("actor_agency"),
                        rs.getString("ip"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("summary"),
                        rs.getString("details")))
            .list();
    return new AuditPage(entries, total, query.page(), query.size());
  }

  /** The distinct action names seen so far, for the filter's drop-down. */
  @Transactional(readOnly = true)
  public List<String> actions() {
    return jdbc.sql("select distinct action from audit_log order by action").query(String.class).list();
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
      return null;
    }
    return auth.getName();
  }

  private static String clientIp() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  /** One entry. */
  public record AuditEntry(
      long id,
      Instant occurredAt,
      String actor,
      String actorAgency,
      String ip,
      String action,
      String objectType,
      String objectId,
      String summary,
      String details) {

    /** The action's Chinese name. */
    public String actionLabel() {
      return AuditActions.label(action);
    }
  }

  /** A filter over the log; {@code page} counts from 0. */
  public record AuditQuery(
      String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to, int page, int size) {
    public AuditQuery {
      page = Math.max(0, page);
      size = size <= 0 || size > 200 ? 50 : size;
    }
  }

  /** A page of entries with the total count. */
  public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }
}
