package org.gongkai.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.internal.LuceneSearchIndex;

/**
 * Query latency of the 50 fixed queries under 8 threads, on the index {@link SearchIndexingBench}
 * built: raw Lucene {@link IndexSearcher} with the very query and sort {@link LuceneSearchIndex}
 * builds, against {@link LuceneSearchIndex#search} (query building, top 10, exact total, stored
 * fields and highlighted snippets; and with facets; and sorted by date).
 *
 * <p>The raw lines: "top 10" alone (block-max WAND, no total — less than the API answers, shown as
 * the floor); and the same answer the API gives (top 10 in the same order and the exact total), as a
 * top-10 search plus {@code IndexSearcher.count}, in one scored pass, and the way SearchIndex finds
 * it (the matches with a score, then the others by date, then the count). That last line and
 * SearchIndex are measured in the same calls (each thread runs one, then the other, per query), so load from
 * other processes hits both alike; CPU is each call's thread CPU time. The last line runs
 * SearchIndex alone: its latencies under 8 clients without the raw calls in between.
 *
 * <p>Arguments: index directory (default /tmp/gongkai-search-bench/index), threads (8), rounds (20).
 */
public final class SearchQueryBench {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/gongkai-search-bench/index");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<String> queries = SyntheticDocuments.queries();
    System.out.println("Search query benchmark, " + LocalDateTime.now() + ", " + Latencies.machine());
    System.out.printf("%d queries x %d rounds x %d threads; %s%n", queries.size(), rounds, threads, Latencies.load());

    Sort byDate = LuceneSearchIndex.sortOf(SearchQuery.of("").withSort(SearchQuery.Sort.DATE));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      System.out.printf("index: %,d documents in %d segments%n", reader.numDocs(), reader.leaves().size());
      Map<String, Query> byText = new HashMap<>();
      Map<String, Sort> sortOf = new HashMap<>();
      long totalHits = 0;
      for (String q : queries) {
        SearchQuery search = SearchQuery.of(q);
        byText.put(q, LuceneSearchIndex.luceneQuery(search));
        sortOf.put(q, LuceneSearchIndex.sortOf(search));
        totalHits += searcher.count(byText.get(q));
      }
      System.out.printf("average matches per query: %,d%n", totalHits / queries.size());

      // warm-up: compile the code paths of every line before any is measured
      for (int i = 0; i < 2; i++) {
        for (String q : queries) {
          searcher.search(byText.get(q), 10);
          searcher.search(byText.get(q), new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false));
          searcher.count(byText.get(q));
          index.search(SearchQuery.of(q));
          index.search(SearchQuery.of(q).withFacets());
          index.search(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE));
        }
      }
      Latencies.measure("raw Lucene: top 10 only (WAND, no total)", queries, threads, rounds, q -> searcher.search(byText.get(q), 10));
      Latencies.measure("raw Lucene: same answer, top 10 + count", queries, threads, rounds, q -> {
        searcher.search(byText.get(q), 10, sortOf.get(q), false);
        searcher.count(byText.get(q));
      });
      Latencies.measure("raw Lucene: same answer, one scored pass", queries, threads, rounds,
          q -> searcher.search(byText.get(q), new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false)));
      // the comparison: the same answer (top 10 in the same order, exact total) from raw Lucene the way
      // SearchIndex finds it (the scored matches, the others by date if the page reaches them, count),
      // and from SearchIndex with everything the API needs on top; each thread alternates them
      Map<String, Query[]> split = new HashMap<>();
      queries.forEach(q -> split.put(q, LuceneSearchIndex.splitQueries(SearchQuery.of(q))));
      Latencies.Result[] pair = Latencies.measurePair("raw Lucene: same answer, scored first", "SearchIndex: query+top 10+total+snippets",
          queries, threads, rounds,
          q -> {
            Query[] parts = split.get(q);
            if (parts == null) {
              searcher.search(byText.get(q), new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false));
              return;
            }
            TopFieldDocs scored = searcher.search(parts[0], new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false));
            if (scored.totalHits.value < 10) {
              searcher.search(parts[1], 10 - (int) scored.totalHits.value, byDate, false);
            }
            searcher.count(byText.get(q));
          },
          q -> index.search(SearchQuery.of(q)));
      System.out.printf("SearchIndex vs raw Lucene (same answer): %.2fx the CPU per query (%.2f vs %.2f ms), p99 %.2fx (%.1f vs %.1f ms)%n",
          pair[1].cpuMsPerCall() / pair[0].cpuMsPerCall(), pair[1].cpuMsPerCall(), pair[0].cpuMsPerCall(), pair[1].p99ms() / pair[0].p99ms(),
          pair[1].p99ms(), pair[0].p99ms());

      int half = Math.max(1, rounds / 2);
      Latencies.measurePair("raw Lucene: same answer + facet counts", "SearchIndex: the same + facets", queries, threads, half,
          q -> {
            Query[] parts = split.get(q);
            if (parts == null) {
              searcher.search(byText.get(q), new MultiCollectorManager(
                  new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false), LuceneSearchIndex.facetCounting()));
              return;
            }
            TopFieldDocs scored = searcher.search(parts[0], new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false));
            if (scored.totalHits.value < 10) {
              searcher.search(parts[1], 10 - (int) scored.totalHits.value, byDate, false);
            }
            searcher.search(byText.get(q), LuceneSearchIndex.facetCounting());
          },
          q -> index.search(SearchQuery.of(q).withFacets()));
      Latencies.measurePair("raw Lucene: sorted by date + total", "SearchIndex: the same, sorted by date", queries, threads, half,
          q -> searcher.search(byText.get(q), new TopFieldCollectorManager(LuceneSearchIndex.sortOf(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE)),
              10, null, Integer.MAX_VALUE, false)),
          q -> index.search(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE)));
      Latencies.measure("SearchIndex alone: query+top 10+total+snippets", queries, threads, rounds, q -> index.search(SearchQuery.of(q)));
      TopFieldDocs sample = searcher.search(byText.get(queries.get(0)), new TopFieldCollectorManager(sortOf.get(queries.get(0)), 10, null, Integer.MAX_VALUE, false));
      System.out.printf("check: \"%s\" -> %,d matches (raw), %,d (SearchIndex)%n", queries.get(0), sample.totalHits.value,
          index.search(SearchQuery.of(queries.get(0))).total());
    }
  }
}
