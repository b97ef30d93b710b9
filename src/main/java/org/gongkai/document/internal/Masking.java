package org.gongkai.document.internal;

/** Hides the middle of a withheld text so that logs never hold it. */
public final class Masking {

  private Masking() {}

  /**
   * 5001**********1234 for an identity number, 138****5678-like for phone numbers, z***@example.com
   * for e-mail addresses, 张** for names. Never longer than needed to recognise the entry.
   */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int[] cps = text.codePoints().toArray();
    int n = cps.length;
    int at = text.indexOf('@');
    if (at > 0 && at < text.length() - 1) {
      return text.substring(0, text.offsetByCodePoints(0, 1)) + "***" + text.substring(at);
    }
    int keepStart;
    int keepEnd;
    if (n <= 1) {
      keepStart = 0;
      keepEnd = 0;
    } else if (n <= 6) {
      keepStart = 1;
      keepEnd = 0;
    } else if (n <= 10) {
      keepStart = 2;
      keepEnd = 2;
    } else {
      keepStart = 4;
      keepEnd = 4;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean keep = i < keepStart || i >= n - keepEnd;
      if (keep) {
        out.appendCodePoint(cps[i]);
      } else {
        out.append('*');
      }
    }
    return out.toString();
  }
}
