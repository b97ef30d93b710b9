package org.gongkai.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code appeal_case}. */
@Repository
class AppealCaseRepository {

  static final String COLUMNS =
      "c.id, c.kind, c.route, c.reconsideration_id, c.agency_code, c.case_number, c.request_tracking_number,"
          + " c.applicant_name, c.received_on, c.decided_on, c.deciding_body, c.result, c.summary, c.version";

  private final JdbcClient jdbc;

  AppealCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AppealCase> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from appeal_case c where c.id = ?").param(id).query(AppealCaseRepository::map).optional();
  }

  long insert(AppealCase c) {
    return jdbc.sql(
            """
            insert into appeal_case (kind, route, reconsideration_id, agency_code, case_number, request_tracking_number,
                applicant_name, received_on, deciding_body, result, decided_on, summary)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(values(c))
        .query(Long.class)
        .single();
  }

  /** Saves the case if it still has the version it was read with; returns whether it did. */
  boolean update(AppealCase c) {
    List<Object> params = new ArrayList<>(values(c));
    params.add(c.id());
    params.add(c.version());
    return jdbc.sql(
            """
            update appeal_case set kind = ?, route = ?, reconsideration_id = ?, agency_code = ?, case_number = ?,
                request_tracking_number = ?, applicant_name = ?, received_on = ?, deciding_body = ?, result = ?,
                decided_on = ?, summary = ?, version = version + 1, updated_at = now()
            where id = ? and version = ?""")
        .params(params)
        .update() == 1;
  }

  List<AppealCase> search(String where, List<Object> params, int limit, long offset) {
    List<Object> all = new ArrayList<>(params);
    all.add(limit);
    all.add(offset);
    return jdbc.sql("select " + COLUMNS + " from appeal_case c join agency a on a.code = c.agency_code where true" + where
            + " order by c.received_on desc, c.id desc limit ? offset ?")
        .params(all)
        .query(AppealCaseRepository::map)
        .list();
  }

  long count(String where, List<Object> params) {
    return jdbc.sql("select count(*) from appeal_case c join agency a on a.code = c.agency_code where true" + where)
        .params(params).query(Long.class).single();
  }

  /** Litigation cases that name the reconsideration case. */
  List<AppealCase> litigationAfter(long reconsiderationId) {
    return jdbc.sql("select " + COLUMNS + " from appeal_case c where c.reconsideration_id = ? order by c.received_on, c.id")
        .param(reconsiderationId).query(AppealCaseRepository::map).list();
  }

  boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from appeal_case)").query(Boolean.class).single();
  }

  private static List<Object> values(AppealCase c) {
    List<Object> v = new ArrayList<>();
    v.add(c.kind().name());
    v.add(c.route() == null ? null : c.route().name());
    v.add(c.reconsiderationId());
    v.add(c.agencyCode());
    v.add(c.caseNumber());
    v.add(c.requestTrackingNumber());
    v.add(c.applicantName());
    v.add(c.receivedOn());
    v.add(c.decidingBody());
    v.add(c.result().name());
    v.add(c.decidedOn());
    v.add(c.summary());
    return v;
  }

  static AppealCase map(ResultSet rs, int n) throws SQLException {
    String route = rs.getString("route");
    long recon = rs.getLong("reconsideration_id");
    Long reconId = rs.wasNull() ? null : recon;
    return new AppealCase(
        rs.getLong("id"),
        CaseKind.valueOf(rs.getString("kind")),
        route == null ? null : LitigationRoute.valueOf(route),
        reconId,
        rs.getString("agency_code"),
        rs.getString("case_number"),
        rs.getString("request_tracking_number"),
        rs.getString("applicant_name"),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("deciding_body"),
        CaseResult.valueOf(rs.getString("result")),
        rs.getObject("decided_on", LocalDate.class),
        rs.getString("summary"),
        rs.getInt("version"));
  }
}
