package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;

/**
 * What the statutory clock needs to know about one request.
 *
 * @param receivedOn the date of receipt (第三十一条)
 * @param correctionRequestedOn when the correction notice went out, or null
 * @param correctionDueOn the period the notice gave the applicant, or null
 * @param correctedOn when the corrected application arrived, or null
 * @param pauses consultations and fee notices, in order
 * @param extension the approved extension, or null
 */
public record ClockFacts(
    LocalDate receivedOn,
    LocalDate correctionRequestedOn,
    LocalDate correctionDueOn,
    LocalDate correctedOn,
    List<Pause> pauses,
    Extension extension) {

  public ClockFacts {
    pauses = pauses == null ? List.of() : List.copyOf(pauses);
  }

  public static ClockFacts receivedOn(LocalDate day) {
    return new ClockFacts(day, null, null, null, List.of(), null);
  }
}
