package org.gongkai.document;

import java.util.List;

/** The redacted file and what was withheld. */
public record RedactionResult(byte[] output, List<RedactionLogEntry> log) {

  public RedactionResult {
    log = List.copyOf(log);
  }

  /** How many items were withheld. */
  public int count() {
    return log.size();
  }
}
