package org.gongkai.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The request desk's use cases: intake, handling steps, tracking, recomputing deadlines. */
@Service
public class DisclosureRequests {

  /** The regulation in force since 2008-05-01; no application can be older. */
  static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2008, 5, 1);
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RequestRepository repository;
  private final StatutoryClock statutoryClock;
  private final Agencies agencies;
  private final AccessPolicy access;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcClient jdbc;

  DisclosureRequests(RequestRepository repository, StatutoryClock statutoryClock, Agencies agencies, AccessPolicy access,
      AuditLog audit, Clock clock, JdbcClient jdbc) {
    this.repository = repository;
    this.statutoryClock = statutoryClock;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** An online application (portal form or public API): received on the day it is submitted. */
  @Transactional
  public Receipt submitOnline(RequestSubmission submission, List<Upload> uploads) {
    SubmissionRules.Valid valid = SubmissionRules.check(submission, uploads, agencies, today());
    return create(valid, Channel.ONLINE, today(), uploads);
  }

  /** An application that arrived by letter, in person, fax or e-mail, registered by staff. */
  @Transactional
  public Receipt registerByStaff(RequestSubmission submission, String channel, LocalDate receivedOn, List<Upload> uploads) {
    requireHandle(submission.agencyCode() == null ? "" : submission.agencyCode().trim());
    Channel ch;
    try {
      ch = Channel.valueOf(channel == null ? "" : channel.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("channel", "请选择申请渠道");
    }
    SubmissionRules.Valid valid = SubmissionRules.check(submission, uploads, agencies, today());
    if (receivedOn == null) {
      throw new InvalidInputException("receivedOn", "请填写收到申请之日（" + ch.receiptRule() + "）");
    }
    if (receivedOn.isAfter(today())) {
      throw new InvalidInputException("receivedOn", "收到申请之日不能晚于今天");
    }
    LocalDate earliest = valid.agency().establishedOn() != null && valid.agency().establishedOn().isAfter(REGULATION_IN_FORCE)
        ? valid.agency().establishedOn() : REGULATION_IN_FORCE;
    if (receivedOn.isBefore(earliest)) {
      throw new InvalidInputException("receivedOn", "收到申请之日不能早于" + StatutoryClock.day(earliest)
          + (earliest.equals(REGULATION_IN_FORCE) ? "（条例施行之日）" : "（" + valid.agency().name() + "成立之日）"));
    }
    return create(valid, ch, receivedOn, uploads);
  }

  private Receipt create(SubmissionRules.Valid valid, Channel channel, LocalDate receivedOn, List<Upload> uploads) {
    String agencyCode = valid.agency().code();
    int seq = repository.nextSequence(agencyCode, receivedOn.getYear());
    String trackingNumber = "YSQ-" + receivedOn.getYear() + "-" + agencyCode + "-" + String.format("%05d", seq);
    String queryCode = newQueryCode();
    DisclosureRequest request = DisclosureRequest.register(trackingNumber, agencyCode, channel, receivedOn,
        valid.applicant(), valid.description(), valid.format(), valid.delivery());
    Deadline deadline = request.recomputeDeadline(statutoryClock);
    long id = repository.insert(request, hash(trackingNumber, queryCode));
    if (uploads != null) {
      for (Upload u : uploads) {
        byte[] content = u.content();
        jdbc.sql("insert into request_attachment (request_id, file_name, content_type, size_bytes, sha256, content)"
                + " values (:id, :name, :type, :size, :sha, :content)")
            .param("id", id)
            .param("name", u.fileName() == null || u.fileName().isBlank() ? "附件" : u.fileName())
            .param("type", FileTypes.detect(content))
            .param("size", content.length)
            .param("sha", sha256(content))
            .param("content", content)
            .update();
      }
    }
    audit.record("REQUEST_REGISTERED", "disclosure_request", trackingNumber,
        "登记政府信息公开申请 " + trackingNumber + "（" + channel.label() + "，" + valid.agency().name() + "）", null);
    return new Receipt(trackingNumber, queryCode, receivedOn, deadline.dueDate(), deadline.explanationText());
  }

  /** Takes a handling step; refuses if the request changed since the page showed {@code expectedVersion}. */
  @Transactional
  public DisclosureRequest apply(String trackingNumber, int expectedVersion, RequestStep step) {
    DisclosureRequest request = repository.findByTrackingNumber(trackingNumber)
        .orElseThrow(() -> new NotFoundException("申请不存在"));
    requireHandle(request.agencyCode());
    if (request.version() != expectedVersion) {
      throw new org.gongkai.shared.ConflictException("申请 " + trackingNumber + " 已被其他工作人员修改，本次操作未保存。请刷新页面查看最新状态后再办理。");
    }
    if (step.on() == null) {
      throw new InvalidInputException("on", "请填写日期");
    }
    if (step.on().isAfter(today())) {
      throw new InvalidInputException("on", "日期不能晚于今天");
    }
    step.applyTo(request, statutoryClock);
    if (!request.status().isClosed()) {
      request.recomputeDeadline(statutoryClock);
    } else if (request.deadline() == null) {
      request.recomputeDeadline(statutoryClock);
    }
    List<RequestEvent> pending = request.pendingEvents();
    String summary = pending.isEmpty() ? step.action() : pending.get(pending.size() - 1).summary();
    repository.update(request);
    audit.record(step.action(), "disclosure_request", trackingNumber, trackingNumber + "：" + summary, null);
    return request;
  }

  /**
   * 拆分: an application asking for unrelated things becomes several requests, each with its own
   * outcome. The original keeps its number; every further part gets its own number and query code.
   */
  @Transactional
  public List<Receipt> split(String trackingNumber, int expectedVersion, List<String> parts) {
    DisclosureRequest original = repository.findByTrackingNumber(trackingNumber).orElseThrow(() -> new NotFoundException("申请不存在"));
    requireHandle(original.agencyCode());
    if (original.status().isClosed()) {
      throw new org.gongkai.shared.ConflictException("当前状态为“" + original.status().label() + "”，已办结的申请不能拆分");
    }
    List<String> cleaned = parts == null ? List.of() : parts.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    if (cleaned.isEmpty() || cleaned.size() > 10) {
      throw new InvalidInputException("parts", "请填写拆分出的1至10项申请内容（每行一项）");
    }
    for (String part : cleaned) {
      if (part.codePointCount(0, part.length()) < 5 || part.length() > 2000) {
        throw new InvalidInputException("parts", "每项申请内容应为5至2000个字");
      }
    }
    bumpVersion(original, expectedVersion);
    List<Receipt> receipts = new java.util.ArrayList<>();
    for (String part : cleaned) {
      int seq = repository.nextSequence(original.agencyCode(), original.receivedOn().getYear());
      String tn = "YSQ-" + original.receivedOn().getYear() + "-" + original.agencyCode() + "-" + String.format("%05d", seq);
      String code = newQueryCode();
      DisclosureRequest piece = DisclosureRequest.register(tn, original.agencyCode(), original.channel(), original.receivedOn(),
          original.applicant(), part, original.format(), original.delivery());
      piece.recomputeDeadline(statutoryClock);
      long id = repository.insert(piece, hash(tn, code));
      jdbc.sql("update disclosure_request set original_id = :o where id = :id").param("o", original.id()).param("id", id).update();
      repository.appendEvents(id, List.of(new RequestEvent("SplitFrom", today(), "由申请 " + trackingNumber + " 拆分而来")));
      receipts.add(new Receipt(tn, code, piece.receivedOn(), piece.deadline().dueDate(), piece.deadline().explanationText()));
    }
    String numbers = String.join("、", receipts.stream().map(Receipt::trackingNumber).toList());
    repository.appendEvents(original.id(), List.of(new RequestEvent("Split", today(), "拆分出申请 " + numbers + "，各自办理、各自答复")));
    audit.record("REQUEST_SPLIT", "disclosure_request", trackingNumber, trackingNumber + "：拆分出 " + numbers, null);
    return receipts;
  }

  /** 关联重复申请: links a repeated request to its original (for the 不予重复处理 reply). */
  @Transactional
  public void markDuplicateOf(String trackingNumber, int expectedVersion, String originalNumber) {
    DisclosureRequest r = repository.findByTrackingNumber(trackingNumber).orElseThrow(() -> new NotFoundException("申请不存在"));
    requireHandle(r.agencyCode());
    String on = originalNumber == null ? "" : originalNumber.trim().toUpperCase();
    DisclosureRequest original = repository.findByTrackingNumber(on)
        .orElseThrow(() -> new InvalidInputException("original", "原申请编号不存在"));
    if (original.id().equals(r.id()) || !original.agencyCode().equals(r.agencyCode())) {
      throw new InvalidInputException("original", "原申请应为本机关此前收到的另一件申请");
    }
    if (original.receivedOn().isAfter(r.receivedOn())) {
      throw new InvalidInputException("original", "原申请不能晚于本申请");
    }
    bumpVersion(r, expectedVersion);
    jdbc.sql("update disclosure_request set duplicate_of = :o where id = :id").param("o", original.id()).param("id", r.id()).update();
    repository.appendEvents(r.id(), List.of(new RequestEvent("MarkedDuplicate", today(), "标记为申请 " + on + " 的重复申请")));
    audit.record("REQUEST_MARKED_DUPLICATE", "disclosure_request", trackingNumber, trackingNumber + "：标记为 " + on + " 的重复申请", null);
  }

  /** The original a request was split from or repeats, if any. */
  @Transactional(readOnly = true)
  public java.util.Map<String, List<String>> links(DisclosureRequest r) {
    java.util.Map<String, List<String>> links = new java.util.LinkedHashMap<>();
    links.put("splitFrom", jdbc.sql("select o.tracking_number from disclosure_request d join disclosure_request o on o.id = d.original_id where d.id = :id")
        .param("id", r.id()).query(String.class).list());
    links.put("splitInto", jdbc.sql("select tracking_number from disclosure_request where original_id = :id order by id")
        .param("id", r.id()).query(String.class).list());
    links.put("duplicateOf", jdbc.sql("select o.tracking_number from disclosure_request d join disclosure_request o on o.id = d.duplicate_of where d.id = :id")
        .param("id", r.id()).query(String.class).list());
    return links;
  }

  private void bumpVersion(DisclosureRequest r, int expectedVersion) {
    int rows = jdbc.sql("update disclosure_request set version = version + 1, updated_at = now() where id = :id and version = :v")
        .param("id", r.id()).param("v", expectedVersion).update();
    if (rows == 0 || r.version() != expectedVersion) {
      throw new org.gongkai.shared.ConflictException("申请 " + r.trackingNumber() + " 已被其他工作人员修改，本次操作未保存。请刷新页面查看最新状态后再办理。");
    }
  }

  /**
   * Recomputes the deadline of every open request after a calendar change (in a transaction of its
   * own), noting the change in the history of each request whose deadline moved. Returns how many moved.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  public int recomputeOpenDeadlines(String change) {
    int changed = 0;
    for (long id : repository.openIds()) {
      DisclosureRequest r = repository.findById(id).orElseThrow();
      LocalDate before = r.deadline() == null ? null
          : r.deadline().dueDate() != null ? r.deadline().dueDate() : r.deadline().waitingUntil();
      Deadline after = r.recomputeDeadline(statutoryClock);
      LocalDate next = after.dueDate() != null ? after.dueDate() : after.waitingUntil();
      if (java.util.Objects.equals(before, next)) {
        continue;
      }
      r.noteCalendarChange(today(), change, before);
      try {
        repository.update(r);
        changed++;
      } catch (org.gongkai.shared.ConflictException e) {
        // a clerk saved it meanwhile; that save computed the deadline on the new calendar already
      }
    }
    if (changed > 0) {
      audit.record("REQUEST_DEADLINES_RECOMPUTED", "calendar", null,
          "工作日历调整（" + change + "）后重新计算" + changed + "件办理中申请的答复期限", null);
    }
    return changed;
  }

  /** The request for the staff page; 403 outside the caller's reach. */
  @Transactional(readOnly = true)
  public DisclosureRequest require(String trackingNumber) {
    DisclosureRequest r = repository.findByTrackingNumber(trackingNumber).orElseThrow(() -> new NotFoundException("申请不存在"));
    access.requireSee(r.agencyCode());
    return r;
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(DisclosureRequest r) {
    return repository.history(r.id());
  }

  /**
   * The history as the applicant sees it when tracking: without the staff's work on the documents to
   * be released (file names of drafts and originals stay internal; the released files are listed).
   */
  @Transactional(readOnly = true)
  public List<HistoryEntry> applicantHistory(DisclosureRequest r) {
    return repository.history(r.id()).stream().filter(h -> !RequestReleases.STAFF_EVENTS.contains(h.type())).toList();
  }

  /** The stored deadline as last computed (with its explanation and warning). */
  @Transactional(readOnly = true)
  public StoredDeadline storedDeadline(DisclosureRequest r) {
    return jdbc.sql("select due_date, waiting_until, due_explanation, calendar_warning from disclosure_request where id = :id")
        .param("id", r.id())
        .query((rs, n) -> new StoredDeadline(RequestRepository.day(rs, "due_date"), RequestRepository.day(rs, "waiting_until"),
            rs.getString("due_explanation"), rs.getString("calendar_warning")))
        .single();
  }

  /** The deadline as stored with the request. */
  public record StoredDeadline(LocalDate dueDate, LocalDate waitingUntil, String explanation, String warning) {
    public List<String> lines() {
      return explanation == null ? List.of() : List.of(explanation.split("\n"));
    }
  }

  /** Attachment descriptions (no content). */
  @Transactional(readOnly = true)
  public List<AttachmentInfo> attachments(DisclosureRequest r) {
    return jdbc.sql("select id, file_name, content_type, size_bytes from request_attachment where request_id = :id order by id")
        .param("id", r.id())
        .query((rs, n) -> new AttachmentInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes")))
        .list();
  }

  public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes) {}

  /** Tracking for the applicant: nothing at all unless the query code matches. */
  @Transactional(readOnly = true)
  public DisclosureRequest track(String trackingNumber, String queryCode) {
    NotFoundException none = new NotFoundException("未查询到该申请，请核对申请编号和查询码");
    if (trackingNumber == null || queryCode == null || trackingNumber.length() > 40 || queryCode.length() > 40) {
      throw none;
    }
    String tn = trackingNumber.trim().toUpperCase();
    String stored = repository.queryCodeHash(tn).orElse(null);
    String given = hash(tn, queryCode.trim().toUpperCase());
    if (stored == null || !MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
      throw none;
    }
    return repository.findByTrackingNumber(tn).orElseThrow(() -> none);
  }

  /** Whether the signed-in member of staff handles requests of the agency (sees unmasked personal data). */
  public boolean handles(String agencyCode) {
    StaffPrincipal p = access.current().orElse(null);
    if (p == null) {
      return false;
    }
    return p.has(Role.ADMIN) || (p.agencyCode().equals(agencyCode) && (p.has(Role.CLERK) || p.has(Role.REVIEWER)));
  }

  void requireHandle(String agencyCode) {
    StaffPrincipal p = access.requireCurrent();
    access.requireSee(agencyCode);
    if (!(p.has(Role.ADMIN) || p.has(Role.SUPERVISOR) || p.has(Role.CLERK))) {
      throw new AccessDeniedException("审核人只能查看申请，不能办理");
    }
  }

  public Agency agency(String code) {
    return agencies.require(code);
  }

  static String newQueryCode() {
    StringBuilder b = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  static String hash(String trackingNumber, String queryCode) {
    return sha256((trackingNumber + ":" + queryCode).getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
