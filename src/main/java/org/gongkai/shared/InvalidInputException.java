package org.gongkai.shared;

import java.util.List;

/** Input that breaks a rule; each error names the field and says what is wrong, in Chinese. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "输入有误" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One field and what is wrong with it. {@code field} is null for a problem of the whole input. */
  public record FieldProblem(String field, String message) {}
}
