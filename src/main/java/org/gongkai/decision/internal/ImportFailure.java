package org.gongkai.decision.internal;

/**
 * A problem of the whole file (unknown encoding, missing columns, wrong file type, too large):
 * nothing of it is saved, and the message says in Chinese what to do.
 */
public class ImportFailure extends RuntimeException {

  public ImportFailure(String message) {
    super(message);
  }

  public ImportFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
