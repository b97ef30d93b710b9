package org.gongkai.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field problems of one input, then throws them together: a form shows every error at once
 * and nothing is saved.
 */
public final class Checks {

  private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^[0-9()（）+\\-—\\s转,，、]{5,50}$");

  private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

  public static Checks start() {
    return new Checks();
  }

  public Checks required(String field, String label, String value) {
    if (value == null || value.isBlank()) {
      add(field, label + "不能为空");
    }
    return this;
  }

  public Checks maxLength(String field, String label, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      add(field, label + "不能超过" + max + "个字符");
    }
    return this;
  }

  public Checks email(String field, String label, String value) {
    if (value != null && !value.isBlank() && (value.length() > 100 || !EMAIL.matcher(value.trim()).matches())) {
      add(field, label + "格式不正确，例如 gongkai@cq.gov.cn");
    }
    return this;
  }

  public Checks phone(String field, String label, String value) {
    if (value != null && !value.isBlank() && !PHONE.matcher(value.trim()).matches()) {
      add(field, label + "格式不正确，只能包含数字、区号分隔符和“转”，例如 023-63854321");
    }
    return this;
  }

  public Checks add(String field, String message) {
    problems.add(new InvalidInputException.FieldProblem(field, message));
    return this;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
