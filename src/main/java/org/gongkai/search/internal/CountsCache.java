package org.gongkai.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.gongkai.search.SearchResults.FacetCount;

/**
 * The totals and facet counts of recent searches, valid for the index as it is now (the reader they
 * were counted on): a search repeated before the next change of the index — a portal's popular
 * subjects — gets them without another pass over all its matches, the dearest part of a search with
 * facets. Like Elasticsearch's shard request cache, which keeps aggregation results until the next
 * refresh. A new reader starts an empty cache; a full one is emptied (bounded memory, no LRU lock).
 */
final class CountsCache {

  /** What a pass over all matches gives; the facets are read-only (shared by every search that hits them). */
  record Counts(long total, Map<String, List<FacetCount>> facets) {
    Counts {
      Map<String, List<FacetCount>> frozen = new java.util.LinkedHashMap<>();
      facets.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
      facets = java.util.Collections.unmodifiableMap(frozen);
    }
  }

  interface Counting {
    Counts count() throws IOException;
  }

  private record Key(Query query, String agency, boolean facets) {}

  private record Generation(Object reader, long version, ConcurrentHashMap<Key, Counts> entries) {}

  private final int capacity;
  private volatile Generation current = new Generation(null, Long.MIN_VALUE, new ConcurrentHashMap<>());

  CountsCache(int capacity) {
    this.capacity = capacity;
  }

  /** The counts of {@code query} on {@code reader}: cached, or counted now and kept. */
  Counts get(IndexReader reader, Query query, String agency, boolean facets, Counting counting) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return counting.count();
    }
    Object readerKey = helper.getKey();
    Generation generation = current;
    if (generation.reader() != readerKey) {
      long version = reader instanceof DirectoryReader directory ? directory.getVersion() : Long.MIN_VALUE;
      if (version < generation.version()) {
        // a search still running on the reader before the last change: counted, not kept, so that
        // it does not empty the newer reader's cache
        return counting.count();
      }
      generation = new Generation(readerKey, version, new ConcurrentHashMap<>());
      current = generation;
    }
    Key key = new Key(query, agency, facets);
    Counts counts = generation.entries().get(key);
    if (counts == null) {
      counts = counting.count();
      if (generation.entries().size() >= capacity) {
        generation.entries().clear();
      }
      generation.entries().put(key, counts);
    }
    return counts;
  }
}
