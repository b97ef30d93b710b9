package org.gongkai.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code complaint}. */
@Repository
class ComplaintRepository {

  static final String COLUMNS =
      "p.id, p.agency_code, p.supervisor_code, p.complainant_name, p.contact, p.channel, p.received_on, p.content,"
          + " p.state, p.investigation_started_on, p.finding, p.answer, p.answered_on, p.version";

  private static final String FROM =
      " from complaint p join agency a on a.code = p.agency_code join agency s on s.code = p.supervisor_code where true";

  private final JdbcClient jdbc;

  ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Complaint> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from complaint p where p.id = ?").param(id).query(ComplaintRepository::map).optional();
  }

  long insert(Complaint c) {
    return jdbc.sql(
            """
            insert into complaint (agency_code, supervisor_code, complainant_name, contact, channel, received_on, content, state)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(c.agencyCode(), c.supervisorCode(), c.complainantName(), c.contact(), c.channel().name(), c.receivedOn(),
            c.content(), c.state().name())
        .query(Long.class)
        .single();
  }

  /** Saves every field if the complaint still has the version it was read with. */
  boolean update(Complaint c) {
    return jdbc.sql(
            """
            update complaint set agency_code = ?, supervisor_code = ?, complainant_name = ?, contact = ?, channel = ?,
                received_on = ?, content = ?, state = ?, investigation_started_on = ?, finding = ?, answer = ?,
                answered_on = ?, version = version + 1, updated_at = now()
            where id = ? and version = ?""")
        .params(c.agencyCode(), c.supervisorCode(), c.complainantName(), c.contact(), c.channel().name(), c.receivedOn(),
            c.content(), c.state().name(), c.investigationStartedOn(), c.finding() == null ? null : c.finding().name(),
            c.answer(), c.answeredOn(), c.id(), c.version())
        .update() == 1;
  }

  List<Complaint> search(String where, List<Object> params, int limit, long offset) {
    List<Object> all = new ArrayList<>(params);
    all.add(limit);
    all.add(offset);
    return jdbc.sql("select " + COLUMNS + FROM + where + " order by p.received_on desc, p.id desc limit ? offset ?")
        .params(all).query(ComplaintRepository::map).list();
  }

  long count(String where, List<Object> params) {
    return jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
  }

  boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from complaint)").query(Boolean.class).single();
  }

  static Complaint map(ResultSet rs, int n) throws SQLException {
    String finding = rs.getString("finding");
    return new Complaint(
        rs.getLong("id"),
        rs.getString("agency_code"),
        rs.getString("supervisor_code"),
        rs.getString("complainant_name"),
        rs.getString("contact"),
        ComplaintChannel.valueOf(rs.getString("channel")),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("content"),
        ComplaintState.valueOf(rs.getString("state")),
        rs.getObject("investigation_started_on", LocalDate.class),
        finding == null ? null : ComplaintFinding.valueOf(finding),
        rs.getString("answer"),
        rs.getObject("answered_on", LocalDate.class),
        rs.getInt("version"));
  }
}
