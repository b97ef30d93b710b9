package org.gongkai.decision.internal;

/** Receives the rows of an import source, in order. */
public interface RowSink {

  /** The header row; called once, before the first row. */
  void header(String[] names);

  /**
   * One data row.
   *
   * @param rowNumber the row's number as the user sees it (the line of a CSV file, the row of the
   *     sheet, the position of the JSON object)
   * @param cells the values by column position of the header; may be shorter than the header
   */
  void row(long rowNumber, String[] cells);
}
