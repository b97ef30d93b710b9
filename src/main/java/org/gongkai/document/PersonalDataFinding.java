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

  /** The text with its middle hidden, e.g. 5001**********1234, safe for logs and screens. */
  public String masked() {
    return Masking.mask(text);
  }
}
