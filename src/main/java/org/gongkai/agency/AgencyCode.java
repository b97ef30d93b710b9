package org.gongkai.agency;

import java.util.regex.Pattern;

/**
 * The stable code of an agency: the administrative division code for governments and townships
 * (500000, 500101, 500101001), the division code with a department suffix for departments
 * (500000B01).
 */
public record AgencyCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("^[0-9]{6}([0-9]{3}|B[0-9]{2,3})?$");

  public AgencyCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("机构代码格式不正确: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
