package org.gongkai.decision.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for personal data in published decisions: 居民身份证号码 (GB 11643, with check digit),
 * 统一社会信用代码 (GB 32100, with check character), and the masking of ID numbers, mobile and
 * landline numbers and a natural person's address in free text.
 */
public final class PersonalData {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])([1-9]\\d{5})(\\d{8})(\\d{3})([0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");
  private static final Pattern LANDLINE_IN_TEXT = Pattern.compile("(?<!\\d)(0\\d{2,3}[-－—]?)(\\d{3,4})(\\d{4})(?!\\d)");

  private PersonalData() {}

  /** Whether the text is an 18-character 居民身份证号码 with a valid birth date and check digit. */
  public static boolean isIdNumber(String s) {
    if (s == null || s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * ID_WEIGHTS[i];
    }
    char last = Character.toUpperCase(s.charAt(17));
    if (last != ID_CHECK[sum % 11]) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The check digit for the first 17 digits of an ID number. */
  public static char idCheckDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK[sum % 11];
  }

  /** Whether the text is an 18-character 统一社会信用代码 with a valid check character. */
  public static boolean isCreditCode(String s) {
    if (s == null || s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CREDIT_CHARS.indexOf(s.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * CREDIT_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return s.charAt(17) == CREDIT_CHARS.charAt(check);
  }

  /** The check character for the first 17 characters of a credit code. */
  public static char creditCheckChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
    }
    return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
  }

  /** An ID number as published: the first four and last four characters, {@code 5001**********1234}. */
  public static String maskIdNumber(String id) {
    if (id == null || id.length() < 8) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4).toUpperCase();
  }

  /**
   * Free text as published: ID numbers, mobile and landline numbers masked; for a natural person
   * also the address given in the import, wherever it occurs.
   */
  public static String maskText(String text, String naturalPersonAddress) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    if (naturalPersonAddress != null && naturalPersonAddress.strip().length() >= 4) {
      out = out.replace(naturalPersonAddress.strip(), "***");
    }
    if (!hasDigitRun(out)) {
      return out;
    }
    Matcher id = ID_IN_TEXT.matcher(out);
    if (id.find()) {
      StringBuilder sb = new StringBuilder();
      do {
        id.appendReplacement(sb, Matcher.quoteReplacement(maskIdNumber(id.group())));
      } while (id.find());
      id.appendTail(sb);
      out = sb.toString();
    }
    out = MOBILE_IN_TEXT.matcher(out).replaceAll("$1****$3");
    out = LANDLINE_IN_TEXT.matcher(out).replaceAll("$1****$3");
    return out;
  }

  /** Quick pre-check: masking needs a run of at least seven digits. */
  private static boolean hasDigitRun(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 7) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
