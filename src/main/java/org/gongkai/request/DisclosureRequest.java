package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;

/**
 * 政府信息公开申请: the aggregate. Every step is a named method that guards its source state, fails
 * with a Chinese message naming the current state, and records an event for the request's history.
 * The reply deadline is recomputed by {@link StatutoryClock} after each step and stored.
 */
public class DisclosureRequest {

  private final Long id;
  private final String trackingNumber;
  private final String agencyCode;
  private final Channel channel;
  private final LocalDate receivedOn;
  private final Applicant applicant;
  private final String description;
  private final InformationFormat format;
  private final DeliveryMethod delivery;
  private final int version;

  private RequestStatus status;
  private ReplyOutcome outcome;
  private String outcomeNote;
  private LocalDate closedOn;
  private LocalDate repliedOn;
  private LocalDate deliveredOn;
  private LocalDate correctionRequestedOn;
  private LocalDate correctionDueOn;
  private String correctionItems;
  private LocalDate correctedOn;
  private List<Pause> pauses;
  private Extension extension;
  private Deadline deadline;
  private Long feeAmountYuan;
  private String feeBasis;
  private final List<RequestEvent> newEvents = new ArrayList<>();

  /** Rebuilds a request from storage (or a new one with {@code id == null}). */
  public DisclosureRequest(
      Long id, String trackingNumber, String agencyCode, Channel channel, LocalDate receivedOn, Applicant applicant,
      String description, InformationFormat format, DeliveryMethod delivery, int version, RequestStatus status,
      ReplyOutcome outcome, String outcomeNote, LocalDate closedOn, LocalDate repliedOn, LocalDate deliveredOn,
      LocalDate correctionRequestedOn, LocalDate correctionDueOn, String correctionItems, LocalDate correctedOn,
      List<Pause> pauses, Extension extension, Long feeAmountYuan, String feeBasis) {
    this.id = id;
    this.trackingNumber = trackingNumber;
    this.agencyCode = agencyCode;
    this.channel = channel;
    this.receivedOn = receivedOn;
    this.applicant = applicant;
    this.description = description;
    this.format = format;
    this.delivery = delivery;
    this.version = version;
    this.status = status;
    this.outcome = outcome;
    this.outcomeNote = outcomeNote;
    this.closedOn = closedOn;
    this.repliedOn = repliedOn;
    this.deliveredOn = deliveredOn;
    this.correctionRequestedOn = correctionRequestedOn;
    this.correctionDueOn = correctionDueOn;
    this.correctionItems = correctionItems;
    this.correctedOn = correctedOn;
    this.pauses = new ArrayList<>(pauses == null ? List.of() : pauses);
    this.extension = extension;
    this.feeAmountYuan = feeAmountYuan;
    this.feeBasis = feeBasis;
  }

  /** A newly received application, registered. */
  public static DisclosureRequest register(
      String trackingNumber, String agencyCode, Channel channel, LocalDate receivedOn, Applicant applicant,
      String description, InformationFormat format, DeliveryMethod delivery) {
    DisclosureRequest r = new DisclosureRequest(null, trackingNumber, agencyCode, channel, receivedOn, applicant,
        description, format, delivery, 0, RequestStatus.REGISTERED, null, null, null, null, null, null, null, null,
        null, List.of(), null, null, null);
    r.record("Registered", receivedOn, "收到申请并登记（" + channel.label() + "，以" + channel.receiptRule() + "为收到申请之日）");
    return r;
  }

  // ---- transitions -------------------------------------------------------------------------

  /** 补正告知 (第三十条): within 7 working days of receipt, once, with the items and a period. */
  public void requestCorrection(LocalDate on, String items, LocalDate dueOn, StatutoryClock clock) {
    guard("发出补正告知", RequestStatus.REGISTERED);
    notBefore("on", on, receivedOn, "补正告知日期不能早于收到申请之日");
    LocalDate last = clock.correctionNoticeDeadline(receivedOn);
    if (on.isAfter(last)) {
      throw new InvalidInputException("on", "补正告知应在收到申请之日起7个工作日内发出（第三十条），最迟为" + StatutoryClock.day(last) + "，已逾期，不能再要求补正");
    }
    if (items == null || items.isBlank()) {
      throw new InvalidInputException("items", "请写明需要补正的事项（第三十条要求一次性告知）");
    }
    if (dueOn == null || !dueOn.isAfter(on)) {
      throw new InvalidInputException("dueOn", "补正期限应晚于告知日期");
    }
    correctionRequestedOn = on;
    correctionDueOn = dueOn;
    correctionItems = items.trim();
    status = RequestStatus.CORRECTION_REQUESTED;
    record("CorrectionRequested", on, "发出补正告知，补正期限至" + StatutoryClock.day(dueOn) + "；补正事项：" + correctionItems);
  }

  /** 收到补正: the clock restarts from this day. */
  public void receiveCorrection(LocalDate on) {
    guard("登记补正材料", RequestStatus.CORRECTION_REQUESTED);
    notBefore("on", on, correctionRequestedOn, "收到补正的日期不能早于补正告知日期");
    if (on.isAfter(correctionDueOn)) {
      throw new InvalidInputException("on", "收到补正之日已超过补正期限（" + StatutoryClock.day(correctionDueOn) + "），应按视为放弃申请处理");
    }
    correctedOn = on;
    status = RequestStatus.UNDER_REVIEW;
    record("CorrectionReceived", on, "收到补正后的申请，答复期限自该日起重新计算");
  }

  /** 视为放弃 (第三十条): no correction within the period. */
  public void abandon(LocalDate on) {
    guard("按视为放弃申请处理", RequestStatus.CORRECTION_REQUESTED);
    if (!on.isAfter(correctionDueOn)) {
      throw new InvalidInputException("on", "补正期限（" + StatutoryClock.day(correctionDueOn) + "）尚未届满，不能视为放弃申请");
    }
    close(RequestStatus.ABANDONED, ReplyOutcome.OTHER_NO_CORRECTION, on);
    record("Abandoned", on, "申请人无正当理由逾期不补正，视为放弃申请，不再处理");
  }

  /** 开始办理. */
  public void startReview(LocalDate on) {
    guard("开始办理", RequestStatus.REGISTERED);
    notBefore("on", on, receivedOn, "办理日期不能早于收到申请之日");
    status = RequestStatus.UNDER_REVIEW;
    record("ReviewStarted", on, "开始办理");
  }

  /** 征求意见 (第三十二条 third party, 第三十四条 other agency): the clock stops. */
  public void consult(Pause.Kind kind, LocalDate on, String party, StatutoryClock clock) {
    if (kind == Pause.Kind.FEE) {
      throw new IllegalArgumentException("fee is not a consultation");
    }
    guard("征求意见", RequestStatus.UNDER_REVIEW, RequestStatus.EXTENDED);
    notBefore("on", on, receivedOn, "征求意见日期不能早于收到申请之日");
    if (party == null || party.isBlank()) {
      throw new InvalidInputException("party", "请填写被征求意见的第三方或机关名称");
    }
    LocalDate limit = clock.consultationLimit(on);
    pauses.add(new Pause(kind, on, null, limit, party.trim()));
    status = RequestStatus.THIRD_PARTY_CONSULTATION;
    record("ConsultationStarted", on, kind.label() + "：" + party.trim() + "，应在" + StatutoryClock.day(limit) + "前答复（" + kind.basis() + "），期间不计入答复期限");
  }

  /** 收到意见（或期满未答复）: the clock runs again. */
  public void endConsultation(LocalDate on, String result) {
    guard("结束征求意见", RequestStatus.THIRD_PARTY_CONSULTATION);
    Pause open = openPause();
    notBefore("on", on, open.from(), "结束征求意见的日期不能早于发出征求意见之日");
    pauses.set(pauses.size() - 1, open.endedOn(on));
    status = extension != null ? RequestStatus.EXTENDED : RequestStatus.UNDER_REVIEW;
    record("ConsultationEnded", on, "征求意见结束：" + (result == null || result.isBlank() ? "（未填写）" : result.trim()) + "，恢复计时");
  }

  /** 延期答复 (第三十三条第二款). */
  public void extend(LocalDate on, int days, String approvedBy, boolean applicantInformed, String reason) {
    guard("延期答复", RequestStatus.UNDER_REVIEW);
    if (extension != null) {
      throw new ConflictException("该申请已延期一次，不能再次延期");
    }
    if (days < 1 || days > StatutoryClock.MAX_EXTENSION_DAYS) {
      throw new InvalidInputException("days", "延长的期限应为1至20个工作日（第三十三条第二款）");
    }
    if (approvedBy == null || approvedBy.isBlank()) {
      throw new InvalidInputException("approvedBy", "延期须经政府信息公开工作机构负责人同意，请填写负责人姓名");
    }
    if (!applicantInformed) {
      throw new InvalidInputException("applicantInformed", "延期须告知申请人，请确认已发出延期答复告知书");
    }
    notBefore("on", on, receivedOn, "延期日期不能早于收到申请之日");
    if (deadline != null && deadline.dueDate() != null && on.isAfter(deadline.dueDate())) {
      throw new InvalidInputException("on", "答复期限（" + StatutoryClock.day(deadline.dueDate()) + "）已届满，不能再延期");
    }
    extension = new Extension(days, approvedBy.trim(), on, reason == null ? "" : reason.trim());
    status = RequestStatus.EXTENDED;
    record("Extended", on, "经负责人" + approvedBy.trim() + "同意延长答复期限" + days + "个工作日，已告知申请人" + (reason == null || reason.isBlank() ? "" : "；理由：" + reason.trim()));
  }

  /** 收费通知: the clock stops until payment. */
  public void notifyFee(LocalDate on, long amountYuan, String basis, StatutoryClock clock) {
    guard("发出收费通知", RequestStatus.UNDER_REVIEW, RequestStatus.EXTENDED);
    notBefore("on", on, receivedOn, "收费通知日期不能早于收到申请之日");
    if (amountYuan <= 0) {
      throw new InvalidInputException("amount", "收费金额应大于零；依申请提供政府信息原则上不收费");
    }
    LocalDate limit = clock.feePaymentLimit(on);
    pauses.add(new Pause(Pause.Kind.FEE, on, null, limit, "申请人"));
    feeAmountYuan = amountYuan;
    feeBasis = basis;
    status = RequestStatus.FEE_NOTIFIED;
    record("FeeNotified", on, "发出收费通知，信息处理费" + amountYuan + "元，缴费期限至" + StatutoryClock.day(limit) + "，期间暂停计时");
  }

  /** 已缴费: the clock runs again. */
  public void feePaid(LocalDate on) {
    guard("登记缴费", RequestStatus.FEE_NOTIFIED);
    Pause open = openPause();
    notBefore("on", on, open.from(), "缴费日期不能早于收费通知日期");
    if (on.isAfter(open.limit())) {
      throw new InvalidInputException("on", "缴费日期已超过缴费期限（" + StatutoryClock.day(open.limit()) + "）");
    }
    pauses.set(pauses.size() - 1, open.endedOn(on));
    status = extension != null ? RequestStatus.EXTENDED : RequestStatus.UNDER_REVIEW;
    record("FeePaid", on, "申请人已缴纳信息处理费，恢复计时");
  }

  /** 逾期未缴费: the request ends. */
  public void feeUnpaid(LocalDate on) {
    guard("按逾期未缴费处理", RequestStatus.FEE_NOTIFIED);
    Pause open = openPause();
    if (!on.isAfter(open.limit())) {
      throw new InvalidInputException("on", "缴费期限（" + StatutoryClock.day(open.limit()) + "）尚未届满");
    }
    pauses.set(pauses.size() - 1, open.endedOn(on));
    close(RequestStatus.FEE_UNPAID, ReplyOutcome.OTHER_FEE_UNPAID, on);
    record("FeeUnpaid", on, "申请人逾期未按收费通知要求缴纳费用，不再处理该申请");
  }

  /** 答复 with one of the annual report's outcomes. */
  public void reply(LocalDate on, ReplyOutcome result, String note) {
    guard("答复", RequestStatus.REGISTERED, RequestStatus.UNDER_REVIEW, RequestStatus.EXTENDED);
    if (result == null) {
      throw new InvalidInputException("outcome", "请选择办理结果");
    }
    if (result == ReplyOutcome.OTHER_NO_CORRECTION || result == ReplyOutcome.OTHER_FEE_UNPAID) {
      throw new InvalidInputException("outcome", "“" + result.label() + "”由视为放弃或逾期未缴费操作产生，不能直接作为答复结果");
    }
    notBefore("on", on, correctedOn != null ? correctedOn : receivedOn, "答复日期不能早于收到申请（补正）之日");
    outcomeNote = note == null || note.isBlank() ? null : note.trim();
    repliedOn = on;
    close(RequestStatus.REPLIED, result, on);
    record("Replied", on, "作出答复：" + result.fullLabel() + (outcomeNote == null ? "" : "（" + outcomeNote + "）"));
  }

  /** 送达. */
  public void deliver(LocalDate on) {
    guard("登记送达", RequestStatus.REPLIED);
    notBefore("on", on, repliedOn, "送达日期不能早于答复日期");
    deliveredOn = on;
    status = RequestStatus.DELIVERED;
    record("Delivered", on, "答复已送达申请人（" + delivery.label() + "）");
  }

  /** 撤回 by the applicant, at any point before the reply. */
  public void withdraw(LocalDate on, String reason) {
    if (status.isClosed()) {
      throw new ConflictException("当前状态为“" + status.label() + "”，申请已办结，不能撤回");
    }
    notBefore("on", on, receivedOn, "撤回日期不能早于收到申请之日");
    Pause open = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
    if (open != null && open.isOpen()) {
      pauses.set(pauses.size() - 1, open.endedOn(on));
    }
    close(RequestStatus.WITHDRAWN, ReplyOutcome.OTHER, on);
    outcomeNote = "申请人撤回申请" + (reason == null || reason.isBlank() ? "" : "：" + reason.trim());
    record("Withdrawn", on, outcomeNote);
  }

  /** Recomputes and stores the deadline (after a step, or after a calendar change). */
  public Deadline recomputeDeadline(StatutoryClock clock) {
    deadline = clock.deadline(facts());
    return deadline;
  }

  /** Sets the deadline as it was stored (loading only). */
  void restoreDeadline(Deadline stored) {
    this.deadline = stored;
  }

  /** Notes a change of the working-day calendar in the history. */
  public void noteCalendarChange(LocalDate on, String change, LocalDate before) {
    record("DeadlineRecomputed", on, "工作日历调整（" + change + "），答复期限由" + StatutoryClock.day(before) + "重新计算为"
        + StatutoryClock.day(deadline == null ? null : deadline.dueDate() != null ? deadline.dueDate() : deadline.waitingUntil()));
  }

  public ClockFacts facts() {
    return new ClockFacts(receivedOn, correctionRequestedOn, correctionDueOn, correctedOn, pauses, extension);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private void guard(String action, RequestStatus... allowed) {
    for (RequestStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new ConflictException("当前状态为“" + status.label() + "”，不能" + action);
  }

  private static void notBefore(String field, LocalDate on, LocalDate earliest, String message) {
    if (on == null) {
      throw new InvalidInputException(field, "请填写日期");
    }
    if (earliest != null && on.isBefore(earliest)) {
      throw new InvalidInputException(field, message);
    }
  }

  private Pause openPause() {
    Pause last = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
    if (last == null || !last.isOpen()) {
      throw new IllegalStateException("no open pause on " + trackingNumber);
    }
    return last;
  }

  private void close(RequestStatus closedStatus, ReplyOutcome result, LocalDate on) {
    status = closedStatus;
    outcome = result;
    closedOn = on;
  }

  private void record(String type, LocalDate on, String summary) {
    newEvents.add(new RequestEvent(type, on, summary));
  }

  /** Events recorded since loading, not cleared. */
  public List<RequestEvent> pendingEvents() {
    return List.copyOf(newEvents);
  }

  /** Events recorded since loading, to be appended to the history; clears them. */
  public List<RequestEvent> drainEvents() {
    List<RequestEvent> out = List.copyOf(newEvents);
    newEvents.clear();
    return out;
  }

  // ---- accessors ---------------------------------------------------------------------------

  public Long id() { return id; }
  public String trackingNumber() { return trackingNumber; }
  public String agencyCode() { return agencyCode; }
  public Channel channel() { return channel; }
  public LocalDate receivedOn() { return receivedOn; }
  public Applicant applicant() { return applicant; }
  public String description() { return description; }
  public InformationFormat format() { return format; }
  public DeliveryMethod delivery() { return delivery; }
  public int version() { return version; }
  public RequestStatus status() { return status; }
  public ReplyOutcome outcome() { return outcome; }
  public String outcomeNote() { return outcomeNote; }
  public LocalDate closedOn() { return closedOn; }
  public LocalDate repliedOn() { return repliedOn; }
  public LocalDate deliveredOn() { return deliveredOn; }
  public LocalDate correctionRequestedOn() { return correctionRequestedOn; }
  public LocalDate correctionDueOn() { return correctionDueOn; }
  public String correctionItems() { return correctionItems; }
  public LocalDate correctedOn() { return correctedOn; }
  public List<Pause> pauses() { return List.copyOf(pauses); }
  public Extension extension() { return extension; }
  public Deadline deadline() { return deadline; }
  public Long feeAmountYuan() { return feeAmountYuan; }
  public String feeBasis() { return feeBasis; }
}
