package org.gongkai.document;

import org.gongkai.document.internal.Masking;

/**
 * One piece of personal data found in a text: its kind, the matched text and its position
 * ({@code start} inclusive, {@code end} exclusive, as in {@link String#substring(int, int)}).
 */
public record PersonalDataFinding(PersonalDataKind kind, String text, int start, int end) {

  /** The kind's Chinese name. */
  public String label() {
    return kind.label();
  }

  /**
   * The text with its middle hidden, safe for logs, screens and publication: identity numbers and
   * bank cards keep their first and last four digits (5001**********1234), phone numbers hide the
   * four digits before the last four (138****5678, 023-****1234), e-mail addresses keep the first
   * character and the domain (z***@example.com). Separators stay where they were.
   */
  public String masked() {
    return switch (kind) {
      case MOBILE, LANDLINE -> Masking.maskPhone(text);
      case BANK_CARD -> Masking.maskDigitsBetween(text, 4, 4);
      default -> Masking.mask(text);
    };
  }
}
