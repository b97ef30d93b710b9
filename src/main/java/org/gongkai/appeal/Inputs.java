package org.gongkai.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.shared.Checks;

/** Parsing of typed values into field errors. */
final class Inputs {

  /** No disclosure case can predate the regulation (in force since 1 May 2008). */
  static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);

  private Inputs() {}

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String t = value.strip();
    return t.isEmpty() ? null : t;
  }

  static LocalDate date(Checks checks, String field, String label, String value, boolean required, LocalDate today) {
    String v = trim(value);
    if (v == null) {
      if (required) {
        checks.add(field, "请填写" + label);
      }
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      checks.add(field, label + "格式不正确，应为 YYYY-MM-DD，例如 2020-03-18");
      return null;
    }
    if (d.isAfter(today)) {
      checks.add(field, label + "不能晚于今天（" + today + "）");
      return null;
    }
    if (d.isBefore(EARLIEST)) {
      checks.add(field, label + "不能早于《政府信息公开条例》施行之日 2008-05-01");
      return null;
    }
    return d;
  }

  static <E extends Enum<E>> E choice(Checks checks, String field, String label, Class<E> type, String value, boolean required) {
    String v = trim(value);
    if (v == null) {
      if (required) {
        checks.add(field, "请选择" + label);
      }
      return null;
    }
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      checks.add(field, label + "的取值无效：" + (v.length() > 40 ? v.substring(0, 40) + "…" : v));
      return null;
    }
  }

  static String text(Checks checks, String field, String label, String value, int max, boolean required) {
    if (required) {
      checks.required(field, label, value);
    }
    checks.maxLength(field, label, value, max);
    String t = trim(value);
    return t != null && t.codePointCount(0, t.length()) > max ? null : t;
  }
}
