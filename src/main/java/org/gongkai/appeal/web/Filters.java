package org.gongkai.appeal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Lenient parsing of list filters: a value that makes no sense is dropped and reported. */
final class Filters {

  private final List<String> problems = new ArrayList<>();

  <E extends Enum<E>> E choice(Class<E> type, String value, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.add(label + "的取值无效，已忽略");
      return null;
    }
  }

  Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int y = Integer.parseInt(value.strip());
      if (y >= 2008 && y <= LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()) {
        return y;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("年度应为 2008 年至今年之间的四位数字，已忽略");
    return null;
  }

  String code(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  String problem() {
    return problems.isEmpty() ? null : String.join("；", problems);
  }

  static List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (int y = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(); y >= 2019; y--) {
      years.add(y);
    }
    return years;
  }
}
