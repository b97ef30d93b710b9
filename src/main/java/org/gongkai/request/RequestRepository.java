package org.gongkai.request;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/** Stores {@link DisclosureRequest}s in plain SQL, with an optimistic version check on every update. */
@Repository
class RequestRepository {

  static final String COLUMNS =
      "id, tracking_number, agency_code, channel, received_on, applicant_type, applicant_name, id_type, id_number,"
          + " credit_code, legal_representative, contact_name, phone, email, address, description, format, delivery,"
          + " version, status, outcome, outcome_note, closed_on, replied_on, delivered_on, correction_requested_on,"
          + " correction_due_on, correction_items, corrected_on, extension_days, extension_approved_by,"
          + " extension_decided_on, extension_reason, fee_amount_yuan, fee_basis, due_date, waiting_until, due_explanation,"
          + " calendar_uncovered";

  private final JdbcClient jdbc;

  RequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the agency's year, safe under concurrent submissions (row lock on the counter). */
  int nextSequence(String agencyCode, int year) {
    return jdbc.sql(
            """
            insert into request_sequence (agency_code, year, last_value) values (:a, :y, 1)
            on conflict (agency_code, year) do update set last_value = request_sequence.last_value + 1
            returning last_value""")
        .param("a", agencyCode)
        .param("y", year)
        .query(Integer.class)
        .single();
  }

  long insert(DisclosureRequest r, String queryCodeHash) {
    Applicant a = r.applicant();
    Deadline d = r.deadline();
    long id = jdbc.sql(
            """
            insert into disclosure_request (tracking_number, query_code_hash, agency_code, channel, received_on,
              applicant_type, applicant_name, id_type, id_number, credit_code, legal_representative, contact_name,
              phone, email, address, description, format, delivery, status, due_date, waiting_until, next_deadline,
              due_explanation, calendar_warning, calendar_uncovered, created_by)
            values (:tn, :qh, :agency, :channel, :received, :atype, :aname, :idType, :idNumber, :credit, :legal,
              :contact, :phone, :email, :address, :description, :format, :delivery, :status, :due, :waiting, :next,
              :explanation, :warning, :uncovered, :createdBy)
            returning id""")
        .param("tn", r.trackingNumber())
        .param("qh", queryCodeHash)
        .param("agency", r.agencyCode())
        .param("channel", r.channel().name())
        .param("received", r.receivedOn())
        .param("atype", a.type().name())
        .param("aname", a.name())
        .param("idType", a.idType() == null ? null : a.idType().name())
        .param("idNumber", a.idNumber())
        .param("credit", a.creditCode())
        .param("legal", a.legalRepresentative())
        .param("contact", a.contactName())
        .param("phone", a.phone())
        .param("email", a.email())
        .param("address", a.address())
        .param("description", r.description())
        .param("format", r.format().name())
        .param("delivery", r.delivery().name())
        .param("status", r.status().name())
        .param("due", d == null ? null : d.dueDate())
        .param("waiting", d == null ? null : d.waitingUntil())
        .param("next", d == null ? null : next(d))
        .param("explanation", d == null ? null : d.explanationText())
        .param("warning", d == null ? null : d.warning())
        .param("uncovered", d == null ? null : uncovered(d))
        .param("createdBy", actor())
        .query(Long.class)
        .single();
    appendEvents(id, r.drainEvents());
    return id;
  }

  /** Saves the changed state; refuses when someone else saved the request since it was loaded. */
  void update(DisclosureRequest r) {
    Deadline d = r.deadline();
    Extension e = r.extension();
    int rows = jdbc.sql(
            """
            update disclosure_request set status = :status, outcome = :outcome, outcome_note = :note,
              closed_on = :closed, replied_on = :replied, delivered_on = :delivered,
              correction_requested_on = :crOn, correction_due_on = :crDue, correction_items = :crItems,
              corrected_on = :corrected, extension_days = :extDays, extension_approved_by = :extBy,
              extension_decided_on = :extOn, extension_reason = :extReason, fee_amount_yuan = :fee,
              fee_basis = :feeBasis, due_date = :due, waiting_until = :waiting, next_deadline = :next,
              due_explanation = :explanation, calendar_warning = :warning, calendar_uncovered = :uncovered,
              version = version + 1, updated_at = now()
            where id = :id and version = :version""")
        .param("status", r.status().name())
        .param("outcome", r.outcome() == null ? null : r.outcome().name())
        .param("note", r.outcomeNote())
        .param("closed", r.closedOn())
        .param("replied", r.repliedOn())
        .param("delivered", r.deliveredOn())
        .param("crOn", r.correctionRequestedOn())
        .param("crDue", r.correctionDueOn())
        .param("crItems", r.correctionItems())
        .param("corrected", r.correctedOn())
        .param("extDays", e == null ? null : e.days())
        .param("extBy", e == null ? null : e.approvedBy())
        .param("extOn", e == null ? null : e.decidedOn())
        .param("extReason", e == null ? null : e.reason())
        .param("fee", r.feeAmountYuan())
        .param("feeBasis", r.feeBasis())
        .param("due", d == null ? null : d.dueDate())
        .param("waiting", d == null ? null : d.waitingUntil())
        .param("next", d == null ? null : next(d))
        .param("explanation", d == null ? null : d.explanationText())
        .param("warning", d == null ? null : d.warning())
        .param("uncovered", d == null ? null : uncovered(d))
        .param("id", r.id())
        .param("version", r.version())
        .update();
    if (rows == 0) {
      throw new ConflictException("申请 " + r.trackingNumber() + " 已被其他工作人员修改（例如已作出答复），本次操作未保存。请刷新页面查看最新状态后再办理。");
    }
    jdbc.sql("delete from request_pause where request_id = :id").param("id", r.id()).update();
    List<Pause> pauses = r.pauses();
    for (int i = 0; i < pauses.size(); i++) {
      Pause p = pauses.get(i);
      jdbc.sql("insert into request_pause (request_id, seq, kind, started_on, ended_on, limit_on, party)"
              + " values (:id, :seq, :kind, :from, :until, :limit, :party)")
          .param("id", r.id())
          .param("seq", i)
          .param("kind", p.kind().name())
          .param("from", p.from())
          .param("until", p.until())
          .param("limit", p.limit())
          .param("party", p.party())
          .update();
    }
    appendEvents(r.id(), r.drainEvents());
  }

  private static String uncovered(Deadline d) {
    return d.uncoveredYears().isEmpty() ? null
        : String.join(",", d.uncoveredYears().stream().sorted().map(String::valueOf).toList());
  }

  private static LocalDate next(Deadline d) {
    return d.dueDate() != null ? d.dueDate() : d.waitingUntil();
  }

  void appendEvents(long id, List<RequestEvent> events) {
    String actor = actor();
    for (RequestEvent e : events) {
      jdbc.sql("insert into request_event (request_id, on_date, actor, type, summary) values (:id, :on, :actor, :type, :summary)")
          .param("id", id)
          .param("on", e.on())
          .param("actor", actor)
          .param("type", e.type())
          .param("summary", e.summary())
          .update();
    }
  }

  Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber) {
    return jdbc.sql("select " + COLUMNS + " from disclosure_request where tracking_number = :tn")
        .param("tn", trackingNumber)
        .query(this::map)
        .optional()
        .map(this::withPauses);
  }

  Optional<DisclosureRequest> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from disclosure_request where id = :id")
        .param("id", id)
        .query(this::map)
        .optional()
        .map(this::withPauses);
  }

  Optional<String> queryCodeHash(String trackingNumber) {
    return jdbc.sql("select query_code_hash from disclosure_request where tracking_number = :tn")
        .param("tn", trackingNumber).query(String.class).optional();
  }

  List<Long> openIds() {
    return jdbc.sql("select id from disclosure_request where closed_on is null order by id").query(Long.class).list();
  }

  /** The history, oldest first. */
  List<HistoryEntry> history(long id) {
    return jdbc.sql("select occurred_at, on_date, actor, type, summary from request_event where request_id = :id order by id")
        .param("id", id)
        .query((rs, n) -> new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getDate("on_date").toLocalDate(),
            rs.getString("actor"), rs.getString("type"), rs.getString("summary")))
        .list();
  }

  private DisclosureRequest withPauses(Row row) {
    List<Pause> pauses = jdbc.sql("select kind, started_on, ended_on, limit_on, party from request_pause where request_id = :id order by seq")
        .param("id", row.id)
        .query((rs, n) -> new Pause(Pause.Kind.valueOf(rs.getString("kind")), day(rs, "started_on"), day(rs, "ended_on"),
            day(rs, "limit_on"), rs.getString("party")))
        .list();
    return row.build(pauses);
  }

  /** A loaded row waiting for its pauses. */
  private record Row(long id, java.util.function.Function<List<Pause>, DisclosureRequest> builder) {
    DisclosureRequest build(List<Pause> pauses) {
      return builder.apply(pauses);
    }
  }

  private Row map(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    String tn = rs.getString("tracking_number");
    String agency = rs.getString("agency_code");
    Channel channel = Channel.valueOf(rs.getString("channel"));
    LocalDate received = day(rs, "received_on");
    String idType = rs.getString("id_type");
    Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
        idType == null ? null : IdType.valueOf(idType), rs.getString("id_number"), rs.getString("credit_code"),
        rs.getString("legal_representative"), rs.getString("contact_name"), rs.getString("phone"), rs.getString("email"),
        rs.getString("address"));
    String description = rs.getString("description");
    InformationFormat format = InformationFormat.valueOf(rs.getString("format"));
    DeliveryMethod delivery = DeliveryMethod.valueOf(rs.getString("delivery"));
    int version = rs.getInt("version");
    RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
    String outcome = rs.getString("outcome");
    String note = rs.getString("outcome_note");
    LocalDate closed = day(rs, "closed_on");
    LocalDate replied = day(rs, "replied_on");
    LocalDate delivered = day(rs, "delivered_on");
    LocalDate crOn = day(rs, "correction_requested_on");
    LocalDate crDue = day(rs, "correction_due_on");
    String crItems = rs.getString("correction_items");
    LocalDate corrected = day(rs, "corrected_on");
    int extDays = rs.getInt("extension_days");
    Extension ext = rs.wasNull() ? null : new Extension(extDays, rs.getString("extension_approved_by"),
        day(rs, "extension_decided_on"), rs.getString("extension_reason"));
    long fee = rs.getLong("fee_amount_yuan");
    Long feeAmount = rs.wasNull() ? null : fee;
    String feeBasis = rs.getString("fee_basis");
    String explanation = rs.getString("due_explanation");
    String uncovered = rs.getString("calendar_uncovered");
    Deadline stored = explanation == null ? null : new Deadline(day(rs, "due_date"), day(rs, "waiting_until"),
        List.of(explanation.split("\n")),
        uncovered == null ? java.util.Set.of()
            : java.util.Arrays.stream(uncovered.split(",")).map(Integer::valueOf).collect(java.util.stream.Collectors.toSet()));
    return new Row(id, pauses -> {
      DisclosureRequest r = new DisclosureRequest(id, tn, agency, channel, received, applicant, description, format,
          delivery, version, status, outcome == null ? null : ReplyOutcome.valueOf(outcome), note, closed, replied, delivered,
          crOn, crDue, crItems, corrected, pauses, ext, feeAmount, feeBasis);
      r.restoreDeadline(stored);
      return r;
    });
  }

  static LocalDate day(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
      return null;
    }
    return auth.getName();
  }
}
