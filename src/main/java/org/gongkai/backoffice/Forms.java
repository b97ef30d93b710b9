package org.gongkai.backoffice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.shared.InvalidInputException;

/** Turns input problems into the field → message map the form templates show. */
final class Forms {

  private Forms() {}

  static Map<String, String> errors(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (InvalidInputException.FieldProblem p : e.problems()) {
      errors.merge(p.field() == null ? "_" : p.field(), p.message(), (a, b) -> a + "；" + b);
    }
    return errors;
  }
}
