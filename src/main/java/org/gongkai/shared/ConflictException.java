package org.gongkai.shared;

/**
 * The action cannot be done in the current state: a transition from the wrong state, or somebody
 * else changed the record first. The message says which, in Chinese.
 */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
