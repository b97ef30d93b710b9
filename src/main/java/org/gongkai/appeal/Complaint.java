package org.gongkai.appeal;

import java.time.LocalDate;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;

/**
 * 投诉举报 about an agency's disclosure work (条例第四十七、五十一条), received, investigated and
 * answered by the supervisor: the nearest government above the agency.
 *
 * @param agencyCode the agency complained about
 * @param supervisorCode the supervisor that handles it
 * @param finding null until answered
 */
public record Complaint(
    long id,
    String agencyCode,
    String supervisorCode,
    String complainantName,
    String contact,
    ComplaintChannel channel,
    LocalDate receivedOn,
    String content,
    ComplaintState state,
    LocalDate investigationStartedOn,
    ComplaintFinding finding,
    String answer,
    LocalDate answeredOn,
    int version) {

  /** Longest answer text kept. */
  public static final int MAX_TEXT = 5000;

  /** 开始调查核实: only a complaint just received. */
  public Complaint startInvestigation(LocalDate on, LocalDate today) {
    if (state != ComplaintState.RECEIVED) {
      throw new ConflictException("该投诉举报当前状态为“" + state.label() + "”，只有“已受理”的投诉举报才能开始调查核实");
    }
    Checks checks = Checks.start();
    checkDate(checks, "investigationStartedOn", "调查开始日期", on, today);
    checks.throwIfAny();
    return new Complaint(id, agencyCode, supervisorCode, complainantName, contact, channel, receivedOn, content,
        ComplaintState.UNDER_INVESTIGATION, on, null, null, null, version);
  }

  /** 作出答复: only a complaint under investigation, with the finding and the answer given. */
  public Complaint answer(ComplaintFinding newFinding, String text, LocalDate on, LocalDate today) {
    if (state != ComplaintState.UNDER_INVESTIGATION) {
      throw new ConflictException("该投诉举报当前状态为“" + state.label() + "”，只有“调查核实中”的投诉举报才能答复");
    }
    Checks checks = Checks.start();
    if (newFinding == null) {
      checks.add("finding", "请选择核查结论");
    }
    checks.required("answer", "答复内容", text).maxLength("answer", "答复内容", text, MAX_TEXT);
    checkDate(checks, "answeredOn", "答复日期", on, today);
    if (on != null && investigationStartedOn != null && on.isBefore(investigationStartedOn)) {
      checks.add("answeredOn", "答复日期不能早于调查开始日期 " + investigationStartedOn);
    }
    checks.throwIfAny();
    return new Complaint(id, agencyCode, supervisorCode, complainantName, contact, channel, receivedOn, content,
        ComplaintState.ANSWERED, investigationStartedOn, newFinding, text.strip(), on, version);
  }

  private void checkDate(Checks checks, String field, String label, LocalDate on, LocalDate today) {
    if (on == null) {
      checks.add(field, "请填写" + label);
    } else if (on.isAfter(today)) {
      checks.add(field, label + "不能晚于今天");
    } else if (on.isBefore(receivedOn)) {
      checks.add(field, label + "不能早于收到日期 " + receivedOn);
    }
  }

  public boolean isOpen() {
    return state != ComplaintState.ANSWERED;
  }
}
