package org.gongkai.appeal;

/**
 * What a form or an API call submits to register or edit a complaint, as typed.
 *
 * @param agencyCode the agency complained about; the supervisor follows from it
 * @param channel LETTER, PHONE, ONLINE or VISIT
 * @param receivedOn YYYY-MM-DD
 * @param version the version the edit is based on (edits only)
 */
public record ComplaintInput(
    String agencyCode,
    String complainantName,
    String contact,
    String channel,
    String receivedOn,
    String content,
    Integer version) {

  public static ComplaintInput of(Complaint c) {
    return new ComplaintInput(c.agencyCode(), c.complainantName(), c.contact(), c.channel().name(),
        c.receivedOn().toString(), c.content(), c.version());
  }
}
