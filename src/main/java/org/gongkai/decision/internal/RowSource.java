package org.gongkai.decision.internal;

import java.io.IOException;

/** A file or request body that yields decision rows; fails with {@link ImportFailure} as a whole. */
public interface RowSource {

  void read(RowSink sink) throws IOException;
}
