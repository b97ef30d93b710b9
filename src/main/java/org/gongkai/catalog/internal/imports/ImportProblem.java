package org.gongkai.catalog.internal.imports;

/** A problem with the whole file (encoding, format, missing columns): nothing is imported. */
public class ImportProblem extends RuntimeException {

  public ImportProblem(String message) {
    super(message);
  }
}
