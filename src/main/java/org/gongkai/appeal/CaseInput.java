package org.gongkai.appeal;

/**
 * What a form or an API call submits for a case, as typed: the registers parse and check every
 * field and answer with Chinese field errors.
 *
 * @param kind RECONSIDERATION or LITIGATION
 * @param route for litigation: DIRECT or AFTER_RECONSIDERATION
 * @param reconsiderationId optional, for litigation after reconsideration
 * @param receivedOn YYYY-MM-DD
 * @param result UPHELD, CORRECTED, OTHER or PENDING
 * @param decidedOn YYYY-MM-DD, empty while pending
 * @param version the version the edit is based on (edits only)
 */
public record CaseInput(
    String kind,
    String route,
    String reconsiderationId,
    String agencyCode,
    String caseNumber,
    String requestTrackingNumber,
    String applicantName,
    String receivedOn,
    String decidingBody,
    String result,
    String decidedOn,
    String summary,
    Integer version) {

  /** The form's values for an existing case. */
  public static CaseInput of(AppealCase c) {
    return new CaseInput(
        c.kind().name(),
        c.route() == null ? null : c.route().name(),
        c.reconsiderationId() == null ? null : c.reconsiderationId().toString(),
        c.agencyCode(),
        c.caseNumber(),
        c.requestTrackingNumber(),
        c.applicantName(),
        c.receivedOn().toString(),
        c.decidingBody(),
        c.result().name(),
        c.decidedOn() == null ? null : c.decidedOn().toString(),
        c.summary(),
        c.version());
  }

  /** An empty form for a new case of the kind. */
  public static CaseInput blank(CaseKind kind, String agencyCode) {
    return new CaseInput(kind.name(), kind == CaseKind.LITIGATION ? LitigationRoute.DIRECT.name() : null, null,
        agencyCode, null, null, null, null, null, CaseResult.PENDING.name(), null, null, null);
  }
}
