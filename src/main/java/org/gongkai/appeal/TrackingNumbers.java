package org.gongkai.appeal;

import java.util.regex.Pattern;

/**
 * The format a disclosure request's tracking number must have to be recorded on a case: capital
 * letters and digits in groups joined by hyphens, 8 to 40 characters (e.g. {@code YSQ-2020-000123}).
 * Kept as text: cases registered before the request desk existed refer to numbers it never issued.
 */
final class TrackingNumbers {

  static final String MESSAGE = "申请编号格式不正确：应为 8–40 位大写字母和数字，可用连字符分隔，例如 YSQ-2020-000123";

  private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");

  private TrackingNumbers() {}

  static boolean isValid(String value) {
    return value != null && value.length() >= 8 && value.length() <= 40 && FORMAT.matcher(value).matches();
  }
}
