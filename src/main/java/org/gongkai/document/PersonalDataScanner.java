package org.gongkai.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a text: identity numbers (check digit verified), mobile and landline
 * numbers, bank card numbers (Luhn verified) and e-mail addresses. Numbers must stand alone (no
 * digit or Latin letter right before or after). Findings never overlap; an identity number wins
 * over a bank card number of the same digits.
 */
public final class PersonalDataScanner {

  private static final String NOT_AFTER = "(?<![0-9A-Za-z])";
  private static final String NOT_BEFORE = "(?![0-9A-Za-z])";

  private static final Pattern ID18 = Pattern.compile(NOT_AFTER + "[1-9]\\d{16}[0-9Xx]" + NOT_BEFORE);
  private static final Pattern ID15 = Pattern.compile(NOT_AFTER + "[1-9]\\d{14}" + NOT_BEFORE);
  private static final Pattern CARD =
      Pattern.compile(NOT_AFTER + "(?:\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)" + NOT_BEFORE);
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![0-9A-Za-z+])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d(?:\\d{8}|[- ]\\d{4}[- ]\\d{4})" + NOT_BEFORE);
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:(?:[（(]0\\d{2,3}[)）]\\s?|0\\d{2,3}[- ])[2-9]\\d{6,7}|0(?:10|2\\d)[2-9]\\d{7}|0[3-9]\\d{2}[2-9]\\d{6,7})(?:(?:-|转)\\d{1,6})?"
              + NOT_BEFORE);
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}"
              + "(?![A-Za-z0-9-])");

  /** Characters inside a formatted number, and those that may open one. */

  private PersonalDataScanner() {}

  /** All findings, ordered by position. */
  public static List<PersonalDataFinding> scan(String text) {
    List<PersonalDataFinding> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    if (text.indexOf('@') >= 0) {
      collect(text, EMAIL, PersonalDataKind.EMAIL, 0, text.length(), found);
    }
    for (int[] r : numberRegions(text)) {
      collect(text, ID18, PersonalDataKind.RESIDENT_ID, r[0], r[1], found);
      collect(text, ID15, PersonalDataKind.RESIDENT_ID, r[0], r[1], found);
      collect(text, CARD, PersonalDataKind.BANK_CARD, r[0], r[1], found);
      collect(text, MOBILE, PersonalDataKind.MOBILE, r[0], r[1], found);
      collect(text, LANDLINE, PersonalDataKind.LANDLINE, r[0], r[1], found);
    }
    found.sort(Comparator.comparingInt(PersonalDataFinding::start));
    return found;
  }

  /**
   * The text with every finding replaced by its masked form ({@link PersonalDataFinding#masked()}):
   * 5001**********1234, 138****5678, 023-****1234, 6222 **** **** 1234, z***@example.com. The one
   * rule for showing personal data in published text; everything else is left as it was.
   */
  public static String mask(String text) {
    List<PersonalDataFinding> found = scan(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (PersonalDataFinding f : found) {
      out.append(text, at, f.start()).append(f.masked());
      at = f.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The stretches of the text the number patterns can match in: runs of digits and the characters
   * that format phone and card numbers (spaces, hyphens, brackets, '+', 转, the X of an identity
   * number) holding ten digits or more — every recognised number has at least ten. The patterns
   * cost microseconds per text when run over all of it, and decision imports mask millions of
   * texts; most texts have no such stretch at all.
   */
  private static List<int[]> numberRegions(String text) {
    List<int[]> regions = new ArrayList<>(2);
    int start = -1;
    int digits = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : 0;
      boolean digit = c >= '0' && c <= '9';
      if (digit || (start >= 0 ? formatting(c) : opening(c))) {
        if (start < 0) {
          start = i;
        }
        if (digit) {
          digits++;
        }
      } else if (start >= 0) {
        if (digits >= 10) {
          regions.add(new int[] {start, i});
        }
        start = -1;
        digits = 0;
      }
    }
    return regions;
  }

  /** A character that formats phone and card numbers inside a number stretch (a switch: this runs for every character of every text). */
  private static boolean formatting(char c) {
    return switch (c) {
      case ' ', '-', '+', '(', ')', '（', '）', '转', 'X', 'x', '\u3000', '\t' -> true;
      default -> false;
    };
  }

  /** A character that may open a phone number before its first digit: +86, (023), （023）. */
  private static boolean opening(char c) {
    return c == '+' || c == '(' || c == '（';
  }

  /** Whether the text holds any personal data that {@link #scan} recognises. */
  public static boolean containsPersonalData(String text) {
    return !scan(text).isEmpty();
  }

  private static void collect(
      String text, Pattern pattern, PersonalDataKind kind, int from, int to, List<PersonalDataFinding> found) {
    Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      String match = m.group();
      if (!valid(kind, match) || overlaps(found, m.start(), m.end())) {
        continue;
      }
      found.add(new PersonalDataFinding(kind, match, m.start(), m.end()));
    }
  }

  private static boolean valid(PersonalDataKind kind, String match) {
    return switch (kind) {
      case RESIDENT_ID ->
          match.length() == 18
              ? IdNumbers.isValidResidentId(match)
              : IdNumbers.isValidLegacyResidentId(match);
      case BANK_CARD -> luhn(match.replaceAll("[ -]", ""));
      default -> true;
    };
  }

  private static boolean overlaps(List<PersonalDataFinding> found, int start, int end) {
    for (PersonalDataFinding f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  /** The Luhn (mod 10) check used by bank card numbers. */
  public static boolean luhn(String digits) {
    if (digits == null || digits.length() < 2) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
