package org.gongkai.document;

import java.time.DateTimeException;
import java.time.LocalDate;

/** 公民身份号码 (GB 11643-1999): check digit, birth date and the old 15-digit form. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  /** A day before the class was loaded: a date up to it is not in the future, without reading the clock. */
  private static final LocalDate KNOWN_PAST = LocalDate.now().minusDays(1);

  private IdNumbers() {}

  /**
   * Whether {@code id} is a well-formed 18-character resident identity number: 17 digits and a
   * check character (digit or X, lower-case x accepted) matching ISO 7064 MOD 11-2, a region code
   * not starting with 0, and a real birth date not in the future.
   */
  public static boolean isValidResidentId(String id) {
    if (id == null || id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(id.charAt(i))) {
        return false;
      }
    }
    if (id.charAt(0) == '0') {
      return false;
    }
    // the date's digits read in place, without substrings: a decision import checks a million numbers
    if (!isBirthDate(digits(id, 6, 10), digits(id, 10, 12), digits(id, 12, 14))) {
      return false;
    }
    return check(id) == Character.toUpperCase(id.charAt(17));
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** Whether {@code id} is an old 15-digit identity number (region code and 19YYMMDD birth date). */
  public static boolean isValidLegacyResidentId(String id) {
    if (id == null || id.length() != 15) {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      if (!isAsciiDigit(id.charAt(i))) {
        return false;
      }
    }
    return id.charAt(0) != '0' && isBirthDate("19" + id.substring(6, 12));
  }

  /** The GB 11643 check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("需要 17 位数字");
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(first17.charAt(i))) {
        throw new IllegalArgumentException("需要 17 位数字");
      }
    }
    return check(first17);
  }

  /** The check character over the first 17 characters of {@code s}, which are digits. */
  private static char check(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The birth date in a valid 18- or 15-digit number. */
  public static LocalDate birthDate(String id) {
    if (isValidResidentId(id)) {
      return parse(id.substring(6, 14));
    }
    if (isValidLegacyResidentId(id)) {
      return parse("19" + id.substring(6, 12));
    }
    throw new IllegalArgumentException("不是有效的居民身份证号码");
  }

  /** 5001**********1234: the number with its middle hidden. */
  public static String mask(String id) {
    return org.gongkai.document.internal.Masking.mask(id);
  }

  private static boolean isBirthDate(String yyyymmdd) {
    LocalDate date = parse(yyyymmdd);
    return date != null && isBirthDate(date);
  }

  private static boolean isBirthDate(int year, int month, int day) {
    if (year < 1850 || month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    try {
      return isBirthDate(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return false; // 31 April, 29 February of a common year
    }
  }

  private static boolean isBirthDate(LocalDate date) {
    return date.getYear() >= 1850 && (!date.isAfter(KNOWN_PAST) || !date.isAfter(LocalDate.now()));
  }

  private static LocalDate parse(String yyyymmdd) {
    try {
      return LocalDate.of(
          Integer.parseInt(yyyymmdd.substring(0, 4)),
          Integer.parseInt(yyyymmdd.substring(4, 6)),
          Integer.parseInt(yyyymmdd.substring(6, 8)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
