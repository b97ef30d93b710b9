package org.gongkai.search.internal;

import java.util.List;

/** The rows of the search outbox, oldest first. */
public interface OutboxQueue {

  /** One change waiting for the index. */
  record Entry(long id, long itemId) {}

  List<Entry> next(int limit);

  void remove(List<Long> entryIds);

  long backlog();
}
