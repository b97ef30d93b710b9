package org.gongkai.request;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Says in Chinese what is wrong with a 居民身份证号码 (GB 11643-1999) or 统一社会信用代码 (GB 32100-2015);
 * validity itself is decided by the document module's {@code IdNumbers} and {@code CreditCodes}.
 */
final class IdentityChecks {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private IdentityChecks() {}

  /** A problem with the resident ID number, in Chinese, or null when it is valid. */
  static String residentIdProblem(String id, LocalDate today) {
    if (org.gongkai.document.IdNumbers.isValidResidentId(id)) {
      return null;
    }
    if (id == null || !id.matches("\\d{17}[\\dXx]")) {
      return "居民身份证号码应为18位，前17位为数字，最后一位为数字或X";
    }
    try {
      LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
      if (birth.isAfter(today) || birth.getYear() < 1890) {
        return "居民身份证号码中的出生日期不合理";
      }
    } catch (DateTimeException | NumberFormatException e) {
      return "居民身份证号码中的出生日期无效";
    }
    if (id.charAt(0) == '0') {
      return "居民身份证号码的地址码无效";
    }
    return "居民身份证号码校验位不正确，请核对";
  }

  static char residentIdCheckChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** A problem with the 统一社会信用代码, or null when it is valid. */
  static String creditCodeProblem(String code) {
    if (code != null && org.gongkai.document.CreditCodes.isValid(code.toUpperCase())) {
      return null;
    }
    if (code == null || code.length() != 18) {
      return "统一社会信用代码应为18位";
    }
    String upper = code.toUpperCase();
    for (int i = 0; i < 18; i++) {
      if (CREDIT_CHARS.indexOf(upper.charAt(i)) < 0) {
        return "统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）";
      }
    }
    return "统一社会信用代码校验码不正确，请核对";
  }

  static char creditCheckChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return CREDIT_CHARS.charAt(c == 31 ? 0 : c);
  }
}
