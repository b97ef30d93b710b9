package org.gongkai.appeal;

import java.util.regex.Pattern;

/**
 * The format of the request desk's tracking numbers, {@code YSQ-<year>-<agency code>-<serial>}
 * (e.g. {@code YSQ-2020-500101B01-00012}), which a case may name. Kept on the case as text: cases
 * registered before the request desk existed refer to numbers it never issued.
 */
final class TrackingNumbers {

  static final String MESSAGE = "申请编号格式不正确，应为“YSQ-年份-机构代码-序号”，例如 YSQ-2020-500101B01-00012";

  private static final Pattern FORMAT = Pattern.compile("^YSQ-(19|20)[0-9]{2}-[0-9]{6}([0-9]{3}|B[0-9]{2,3})?-[0-9]{5,8}$");

  private TrackingNumbers() {}

  static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }
}
