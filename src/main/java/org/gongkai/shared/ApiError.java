package org.gongkai.shared;

import java.util.List;

/** The JSON body of every API error: {@code {"status":…, "message":"…", "errors":[…]}}. */
public record ApiError(int status, String message, List<FieldError> errors) {

  public static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of());
  }

  /** One field in error; {@code field} names the JSON field. */
  public record FieldError(String field, String message) {}
}
