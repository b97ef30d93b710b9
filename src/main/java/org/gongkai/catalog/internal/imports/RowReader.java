package org.gongkai.catalog.internal.imports;

import java.io.IOException;
import java.util.List;

/** Rows of an uploaded table, one at a time: the first call gives the header. */
interface RowReader extends AutoCloseable {

  /** The next row's cells, or null at the end. */
  List<String> next() throws IOException;

  @Override
  void close() throws IOException;
}
