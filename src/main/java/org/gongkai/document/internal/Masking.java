package org.gongkai.document.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides the middle of a withheld text so that logs never hold it. */
public final class Masking {

  /** A landline's extension: 023-63851234转8001, 023-63851234-8001. */
  private static final Pattern EXTENSION = Pattern.compile("(.*\\d)((?:-|转)\\d{1,6})");

  private Masking() {}

  /**
   * 5001**********1234 for an identity number, 138****5678-like for phone numbers, z***@example.com
   * for e-mail addresses, 张** for names. Never longer than needed to recognise the entry.
   */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int at = text.indexOf('@');
    if (at > 0 && at < text.length() - 1) {
      return text.substring(0, text.offsetByCodePoints(0, 1)) + "***" + text.substring(at);
    }
    int n = text.codePointCount(0, text.length());
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
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0, k = 0; i < n; i++) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      boolean keep = i < keepStart || i >= n - keepEnd;
      if (keep) {
        out.appendCodePoint(cp);
      } else {
        out.append('*');
      }
    }
    return out.toString();
  }

  /**
   * A phone number with the four digits before its last four hidden, never touching the first three
   * (the 0 and area code, or the mobile prefix); separators stay: 13812345678 → 138****5678,
   * +86 138-1234-5678 → +86 138-****-5678, 023-63851234 → 023-****1234, (023)6385123 → (023)***5123; an extension stays
   * (023-****1234转8001).
   */
  public static String maskPhone(String text) {
    Matcher extension = EXTENSION.matcher(text);
    if (extension.matches() && countDigits(extension.group(1)) >= 10) {
      return maskPhone(extension.group(1)) + extension.group(2);
    }
    int digits = countDigits(text);
    return hide(text, Math.max(Math.min(3, digits), digits - 8), digits - 4);
  }

  /** Hides every digit but the first {@code keepFirst} and the last {@code keepLast}: 6222 **** **** 1234. */
  public static String maskDigitsBetween(String text, int keepFirst, int keepLast) {
    int digits = countDigits(text);
    return hide(text, Math.min(keepFirst, digits), digits - keepLast);
  }

  /** Replaces by '*' the digits whose place among the digits is at least {@code from} and below {@code to}. */
  private static String hide(String text, int from, int to) {
    StringBuilder out = new StringBuilder(text.length());
    int d = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(d >= from && d < to ? '*' : c);
        d++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int countDigits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }
}
