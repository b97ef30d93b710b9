package org.gongkai.search;

import java.util.Optional;
import java.util.function.Consumer;

/** Where the index reads documents from; implemented by the catalog. */
public interface SearchSource {

  /** The current state of one item (empty if it no longer exists). */
  Optional<SearchDocument> document(long id);

  /** Every published item, for a full rebuild of the index. */
  void forEachPublished(Consumer<SearchDocument> consumer);
}
