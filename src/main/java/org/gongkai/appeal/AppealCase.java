package org.gongkai.appeal;

import java.time.LocalDate;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;

/**
 * One 行政复议 or 行政诉讼 case about an agency's disclosure work.
 *
 * @param route only for litigation: direct or after reconsideration
 * @param reconsiderationId for litigation after reconsideration, the reconsideration case, if registered
 * @param agencyCode the respondent (被申请人 / 被告)
 * @param caseNumber 案号 given by the deciding body, if known
 * @param requestTrackingNumber the disclosure request the case is about, if there is one
 * @param decidingBody 复议机关 or 审理法院
 * @param decidedOn null while pending
 * @param version optimistic-lock version
 */
public record AppealCase(
    long id,
    CaseKind kind,
    LitigationRoute route,
    Long reconsiderationId,
    String agencyCode,
    String caseNumber,
    String requestTrackingNumber,
    String applicantName,
    LocalDate receivedOn,
    String decidingBody,
    CaseResult result,
    LocalDate decidedOn,
    String summary,
    int version) {

  /**
   * 登记审结结果: a pending case is decided on a day. Refused for a case already decided (correct
   * a wrongly recorded result through an edit).
   */
  public AppealCase decide(CaseResult newResult, LocalDate on, LocalDate today) {
    if (result.isDecided()) {
      throw new ConflictException("该案件已审结（" + result.label() + "，" + decidedOn + "），不能再次登记审结结果；如需更正请编辑案件");
    }
    Checks checks = Checks.start();
    if (newResult == null || !newResult.isDecided()) {
      checks.add("result", "请选择审结结果（维持、纠正或其他）");
    }
    if (on == null) {
      checks.add("decidedOn", "请填写审结日期");
    } else if (on.isAfter(today)) {
      checks.add("decidedOn", "审结日期不能晚于今天");
    } else if (on.isBefore(receivedOn)) {
      checks.add("decidedOn", "审结日期不能早于收到（立案）日期 " + receivedOn);
    }
    checks.throwIfAny();
    return new AppealCase(id, kind, route, reconsiderationId, agencyCode, caseNumber, requestTrackingNumber,
        applicantName, receivedOn, decidingBody, newResult, on, summary, version);
  }

  /** 行政复议, 行政诉讼（未经复议直接起诉） or 行政诉讼（复议后起诉）. */
  public String kindLabel() {
    return route == null ? kind.label() : kind.label() + "（" + route.label() + "）";
  }

  /** The block of section 四 the case is counted in. */
  public String reportBlock() {
    return route == null ? "reconsideration" : route.reportKey();
  }

  /** Whether the case was still undecided at the end of the day. */
  public boolean isPendingOn(LocalDate day) {
    return !day.isBefore(receivedOn) && (decidedOn == null || decidedOn.isAfter(day));
  }
}
