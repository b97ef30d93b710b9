package org.gongkai.document;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set (digits and capital
 * letters without I, O, Z, S, V); the last is a check character over the first 17.
 */
public final class CreditCodes {

  /** The code's character set; a character's value is its index. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

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
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!IdNumbers.isAsciiDigit(code.charAt(i))) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The GB 32100 check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("需要 17 位代码");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CHARSET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("含有统一社会信用代码不允许的字符：" + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CHARSET.charAt(check);
  }
}
