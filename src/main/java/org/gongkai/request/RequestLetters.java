package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.audit.AuditLog;
import org.gongkai.document.Documents;
import org.gongkai.document.Letter;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and notices of the request desk from the standard templates: preview, then issue. An issued
 * letter is frozen as PDF and DOCX and kept with the request; the applicant sees it when tracking.
 */
@Service
public class RequestLetters {

  private final JdbcClient jdbc;
  private final DisclosureRequests requests;
  private final Agencies agencies;
  private final AccessPolicy access;
  private final AuditLog audit;

  RequestLetters(JdbcClient jdbc, DisclosureRequests requests, Agencies agencies, AccessPolicy access, AuditLog audit) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
  }

  /** A template as administrators edit it. */
  public record Template(String code, String title, String article, String body, int version) {}

  /** An issued letter (without its files). */
  public record Issued(long id, String templateCode, String title, String documentNumber, LocalDate issuedOn, String issuedBy) {}

  @Transactional(readOnly = true)
  public List<Template> templates() {
    return jdbc.sql("select code, title, article, body, version from letter_template order by code")
        .query((rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))).list();
  }

  Template template(String code) {
    return jdbc.sql("select code, title, article, body, version from letter_template where code = :c").param("c", code)
        .query((rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
        .optional().orElseThrow(() -> new NotFoundException("没有这种文书模板"));
  }

  /** Administrators edit a template; refused if someone saved it meanwhile. */
  @Transactional
  public void updateTemplate(String code, int version, String title, String body) {
    access.requireAdmin();
    if (title == null || title.isBlank() || title.length() > 100) {
      throw new InvalidInputException("title", "标题不能为空，且不超过100个字符");
    }
    if (body == null || body.isBlank() || body.length() > 20_000) {
      throw new InvalidInputException("body", "正文不能为空，且不超过20000个字符");
    }
    template(code);
    int rows = jdbc.sql("update letter_template set title = :t, body = :b, version = version + 1, updated_by = :u, updated_at = now()"
            + " where code = :c and version = :v")
        .param("t", title.trim()).param("b", body).param("u", access.requireCurrent().getUsername()).param("c", code).param("v", version)
        .update();
    if (rows == 0) {
      throw new ConflictException("模板已被其他管理员修改，请刷新后再编辑");
    }
    audit.record("LETTER_TEMPLATE_UPDATED", "letter_template", code, "修改文书模板：" + title.trim(), body);
  }

  /** The templates that fit the request as it stands, the default reply first. */
  public List<String> applicable(DisclosureRequest r) {
    List<String> codes = new ArrayList<>();
    if (r.status() == RequestStatus.REPLIED || r.status() == RequestStatus.DELIVERED) {
      codes.add(replyTemplate(r.outcome()));
      for (String c : List.of("REPLY_GRANTED", "REPLY_PARTIAL", "REPLY_WITHHELD", "REPLY_NOT_EXIST", "REPLY_NOT_RESPONSIBLE",
          "REPLY_NEEDS_CREATION", "REPLY_DUPLICATE", "REPLY_NOT_APPLICATION", "REPLY_OTHER")) {
        if (!codes.contains(c)) {
          codes.add(c);
        }
      }
    }
    codes.add("RECEIPT");
    if (r.correctionRequestedOn() != null) {
      codes.add("CORRECTION");
    }
    if (r.extension() != null) {
      codes.add("EXTENSION");
    }
    if (r.pauses().stream().anyMatch(p -> p.kind() != Pause.Kind.FEE)) {
      codes.add("THIRD_PARTY");
    }
    if (r.feeAmountYuan() != null) {
      codes.add("FEE");
    }
    return codes;
  }

  /** The answer letter that fits an outcome. */
  public static String replyTemplate(ReplyOutcome o) {
    if (o == null) {
      return "REPLY_OTHER";
    }
    return switch (o) {
      case GRANTED -> "REPLY_GRANTED";
      case PARTIALLY_GRANTED -> "REPLY_PARTIAL";
      case UNAVAILABLE_NOT_HELD -> "REPLY_NOT_EXIST";
      case UNAVAILABLE_NEEDS_CREATION -> "REPLY_NEEDS_CREATION";
      case NOT_PROCESSED_PETITION_OR_COMPLAINT -> "REPLY_NOT_APPLICATION";
      case NOT_PROCESSED_DUPLICATE -> "REPLY_DUPLICATE";
      default -> o.group() == ReplyOutcome.Group.WITHHELD ? "REPLY_WITHHELD" : "REPLY_OTHER";
    };
  }

  /** The letter as it would be issued today. */
  @Transactional(readOnly = true)
  public Letter preview(String trackingNumber, String code) {
    DisclosureRequest r = requests.require(trackingNumber);
    return compose(r, code, "（预览，未编号）");
  }

  /** Issues the letter: numbered, rendered, frozen as PDF and DOCX, noted in the history. */
  @Transactional
  public Issued issue(String trackingNumber, String code) {
    DisclosureRequest r = requests.require(trackingNumber);
    requests.requireHandle(r.agencyCode());
    if (!applicable(r).contains(code)) {
      throw new ConflictException("当前状态为“" + r.status().label() + "”，不能出具" + template(code).title());
    }
    LocalDate today = requests.today();
    int seq = jdbc.sql("""
            insert into request_letter_sequence (agency_code, year, last_value) values (:a, :y, 1)
            on conflict (agency_code, year) do update set last_value = request_letter_sequence.last_value + 1
            returning last_value""")
        .param("a", r.agencyCode()).param("y", today.getYear()).query(Integer.class).single();
    Agency agency = agencies.require(r.agencyCode());
    String number = agency.displayName() + "依申〔" + today.getYear() + "〕" + seq + "号";
    Letter letter = compose(r, code, number);
    byte[] pdf = Documents.letterPdf(letter);
    byte[] docx = Documents.letterDocx(letter);
    long id = jdbc.sql("""
            insert into request_letter (request_id, template_code, title, document_number, body, pdf, docx, issued_on, issued_by)
            values (:r, :c, :t, :n, :b, :pdf, :docx, :on, :by) returning id""")
        .param("r", r.id()).param("c", code).param("t", letter.title()).param("n", number)
        .param("b", String.join("\n\n", letter.paragraphs())).param("pdf", pdf).param("docx", docx).param("on", today)
        .param("by", access.requireCurrent().getUsername())
        .query(Long.class).single();
    jdbc.sql("insert into request_event (request_id, on_date, actor, type, summary) values (:r, :on, :by, 'LetterIssued', :s)")
        .param("r", r.id()).param("on", today).param("by", access.requireCurrent().getUsername())
        .param("s", "出具" + letter.title() + "（" + number + "）").update();
    audit.record("REQUEST_LETTER_ISSUED", "disclosure_request", trackingNumber, trackingNumber + "：出具" + letter.title() + "（" + number + "）", null);
    return new Issued(id, code, letter.title(), number, today, access.requireCurrent().getUsername());
  }

  @Transactional(readOnly = true)
  public List<Issued> issued(DisclosureRequest r) {
    return jdbc.sql("select id, template_code, title, document_number, issued_on, issued_by from request_letter where request_id = :r order by id")
        .param("r", r.id())
        .query((rs, n) -> new Issued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6)))
        .list();
  }

  /** The frozen file of an issued letter ({@code pdf} or {@code docx}) of the request. */
  @Transactional(readOnly = true)
  public byte[] file(DisclosureRequest r, long letterId, String kind) {
    String column = "docx".equals(kind) ? "docx" : "pdf";
    return jdbc.sql("select " + column + " from request_letter where id = :id and request_id = :r")
        .param("id", letterId).param("r", r.id()).query(byte[].class).optional()
        .orElseThrow(() -> new NotFoundException("文书不存在"));
  }

  Letter compose(DisclosureRequest r, String code, String number) {
    Template t = template(code);
    Agency agency = agencies.require(r.agencyCode());
    if ("REPLY_NOT_RESPONSIBLE".equals(code) && (r.outcomeNote() == null || r.outcomeNote().isBlank())) {
      throw new InvalidInputException("template", "“非本机关负责公开”告知书须写明负责公开的机关：请在答复说明中填写该机关的名称和联系方式");
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("trackingNumber", r.trackingNumber());
    values.put("receivedOn", StatutoryClock.day(r.receivedOn()));
    values.put("description", r.description());
    values.put("dueDate", r.deadline() == null ? "（计时暂停中）" : StatutoryClock.day(r.deadline().dueDate()));
    values.put("correctionItems", r.correctionItems() == null ? "" : r.correctionItems());
    values.put("correctionDueOn", StatutoryClock.day(r.correctionDueOn()));
    values.put("extensionReason", r.extension() == null || r.extension().reason() == null || r.extension().reason().isBlank()
        ? "需要检索、调取的信息较多" : r.extension().reason());
    values.put("extensionDays", r.extension() == null ? "" : String.valueOf(r.extension().days()));
    String party = r.pauses().stream().filter(p -> p.kind() != Pause.Kind.FEE).reduce((a, b) -> b).map(Pause::party).orElse("");
    values.put("party", party);
    values.put("feeAmount", r.feeAmountYuan() == null ? "" : String.valueOf(r.feeAmountYuan()));
    values.put("feeBasis", r.feeBasis() == null ? "" : r.feeBasis());
    values.put("delivery", r.delivery().label());
    values.put("note", r.outcomeNote() == null ? "" : r.outcomeNote());
    values.put("outcome", r.outcome() == null ? "" : r.outcome().label());
    values.put("article", r.outcome() == null || r.outcome().article().isBlank() ? "有关" : r.outcome().article());
    values.put("remedies", "如对本答复不服，可以自收到本答复之日起60日内向" + reconsiderationBody(agency)
        + "申请行政复议，或者自收到本答复之日起6个月内向人民法院提起行政诉讼。");
    String body = t.body();
    for (Map.Entry<String, String> e : values.entrySet()) {
      body = body.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : body.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    String recipient = "THIRD_PARTY".equals(code) ? party : r.applicant().name();
    return new Letter(agency.name(), t.title(), number, recipient, paragraphs, agency.name(), requests.today());
  }

  /** 行政复议机关: the government the agency belongs to (a government: the one above it). */
  String reconsiderationBody(Agency agency) {
    var tree = agencies.tree();
    if (agency.parentCode() == null) {
      return agency.name();
    }
    if (agency.kind() == AgencyKind.DEPARTMENT) {
      return tree.governmentOf(agency.code()).map(Agency::name).orElse(agency.name());
    }
    return tree.governmentOf(agency.parentCode()).map(Agency::name).orElse(agency.name());
  }
}
