package org.gongkai.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 索引号: 前段码 (the publishing agency's 9-character 组织机构代码) "/" 后段码 (four-digit year "-"
 * five-digit serial), e.g. {@code 014416330/2018-04736}. Generated once at publication from the
 * publication date and never changed. The parser also accepts the organisation code written with
 * its hyphen before the check character and normalises it away; it tolerates the non-conforming real
 * example {@code 0142768-8/2022-00185} (eight characters), which is kept as {@code 01427688/2022-00185}.
 */
public record IndexNumber(String organisationCode, int year, int serial) {

  private static final Pattern FORM =
      Pattern.compile("^([0-9A-Z]{7,8})-?([0-9A-Z])/(\\d{4})-(\\d{1,6})$");

  public IndexNumber {
    if (organisationCode == null || !organisationCode.matches("[0-9A-Z]{8,9}")) {
      throw new IllegalArgumentException("组织机构代码应为9位数字或大写字母");
    }
    if (year < 1949 || year > 9999) {
      throw new IllegalArgumentException("索引号年份不正确");
    }
    if (serial < 1 || serial > 99_999) {
      throw new IllegalArgumentException("索引号流水号应在00001至99999之间");
    }
  }

  /** Parses either form; throws {@link IllegalArgumentException} with a Chinese message. */
  public static IndexNumber parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("索引号不能为空");
    }
    String t = text.strip().toUpperCase().replace('／', '/').replace('－', '-');
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("索引号格式不正确，应为“组织机构代码/年份-流水号”，例如 014416330/2018-04736");
    }
    int serial = Integer.parseInt(m.group(4));
    return new IndexNumber(m.group(1) + m.group(2), Integer.parseInt(m.group(3)), serial);
  }

  /** Whether {@code text} parses. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The 20-character canonical form. */
  public String value() {
    return organisationCode + "/" + year + "-" + String.format("%05d", serial);
  }

  @Override
  public String toString() {
    return value();
  }
}
