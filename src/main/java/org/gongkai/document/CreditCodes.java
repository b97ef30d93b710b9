package org.gongkai.document;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set (digits and capital
 * letters without I, O, Z, S, V); the last is a check character over the first 17.
 */
public final class CreditCodes {

  /** The code's character set; a character's value is its index. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** A character's value (its index in CHARSET) by its code, -1 if it is not in the set: no search per character. */
  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    for (int i = 0; i < CHARSET.length(); i++) {
      VALUES[CHARSET.charAt(i)] = i;
    }
  }

  private CreditCodes() {}

  /**
   * Whether {@code code} is a well-formed unified social credit code: 18 characters (upper case)
   * from the permitted set, an administrative division (3rd–8th) of digits, and the right check
   * character.
   */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (value(code.charAt(i)) < 0) {
        return false;
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!IdNumbers.isAsciiDigit(code.charAt(i))) {
        return false;
      }
    }
    return check(code) == code.charAt(17);
  }

  /** The GB 32100 check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("需要 17 位代码");
    }
    for (int i = 0; i < 17; i++) {
      if (value(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("含有统一社会信用代码不允许的字符：" + first17.charAt(i));
      }
    }
    return check(first17);
  }

  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

  /** The check character over the first 17 characters of {@code s}, which are all in the set. */
  private static char check(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += VALUES[s.charAt(i)] * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }
}
