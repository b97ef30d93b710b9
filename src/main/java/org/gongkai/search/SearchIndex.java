package org.gongkai.search;

/**
 * The full-text index of published items. The in-process Lucene index implements it; an OpenSearch
 * cluster can replace it later without touching the pages, the API or the indexer.
 */
public interface SearchIndex {

  /** Finds the items matching the query; never fails on what the user typed. */
  SearchResults search(SearchQuery query);

  /** Adds the document or replaces the one with the same id; visible after {@link #commit()}. */
  void upsert(SearchDocument document);

  /** Removes the item from the index; visible after {@link #commit()}. */
  void delete(long id);

  /** Makes the changes since the last commit durable and visible to searches. */
  void commit();

  /**
   * Replaces the whole index with the published documents of the source; searches keep seeing the
   * old index until the new one is complete.
   *
   * @return the number of documents indexed
   */
  long rebuild(SearchSource source);

  /**
   * Whether the index holds documents in the layout this version writes; false for one written by an
   * older version, which the indexer then rebuilds when the application starts.
   */
  default boolean isCurrent() {
    return true;
  }

  /** Size and history of the index, for the administration page. */
  IndexStats stats();
}
