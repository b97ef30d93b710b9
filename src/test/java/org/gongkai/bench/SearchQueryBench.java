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
 * the floor); and the same answer the API gives (top 10 in the same order and the exact total),
 * once in one pass and once as a top-10 search plus {@code IndexSearcher.count}. The ratio compares
 * SearchIndex with the cheaper of the two same-answer lines, measured alternately so that load
 * from other processes hits both alike.
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

      Latencies.measure("raw Lucene: top 10 only (WAND, no total)", queries, threads, rounds, q -> searcher.search(byText.get(q), 10));
      Latencies.Result rawOnePass = null;
      Latencies.Result rawTwoPass = null;
      Latencies.Result mine = null;
      for (int pass = 1; pass <= 2; pass++) {
        Latencies.Result a = Latencies.measure("raw Lucene: same answer, one pass", queries, threads, rounds,
            q -> searcher.search(byText.get(q), new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false)));
        Latencies.Result b = Latencies.measure("raw Lucene: same answer, top 10 + count", queries, threads, rounds, q -> {
          searcher.search(byText.get(q), 10, sortOf.get(q), false);
          searcher.count(byText.get(q));
        });
        Latencies.Result c = Latencies.measure("SearchIndex: query+top 10+total+snippets", queries, threads, rounds, q -> index.search(SearchQuery.of(q)));
        rawOnePass = pass == 1 ? a : sum(rawOnePass, a);
        rawTwoPass = pass == 1 ? b : sum(rawTwoPass, b);
        mine = pass == 1 ? c : sum(mine, c);
      }
      Latencies.Result raw = rawOnePass.cpuMsPerCall() <= rawTwoPass.cpuMsPerCall() ? rawOnePass : rawTwoPass;
      System.out.printf("SearchIndex vs raw Lucene (same answer, both passes): %.2fx the CPU per query (%.2f vs %.2f ms), p99 %.2fx (%.1f vs %.1f ms)%n",
          mine.cpuMsPerCall() / raw.cpuMsPerCall(), mine.cpuMsPerCall(), raw.cpuMsPerCall(), mine.p99ms() / raw.p99ms(), mine.p99ms(), raw.p99ms());

      int half = Math.max(1, rounds / 2);
      Latencies.measure("raw Lucene: same answer + facet counts", queries, threads, half, q -> searcher.search(byText.get(q),
          new MultiCollectorManager(new TopFieldCollectorManager(sortOf.get(q), 10, null, Integer.MAX_VALUE, false), LuceneSearchIndex.facetCounting())));
      Latencies.measure("SearchIndex: the same + facets", queries, threads, half, q -> index.search(SearchQuery.of(q).withFacets()));
      Latencies.measure("raw Lucene: sorted by date + total", queries, threads, half,
          q -> searcher.search(byText.get(q), new TopFieldCollectorManager(LuceneSearchIndex.sortOf(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE)),
              10, null, Integer.MAX_VALUE, false)));
      Latencies.measure("SearchIndex: the same, sorted by date", queries, threads, half,
          q -> index.search(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE)));
      TopFieldDocs sample = searcher.search(byText.get(queries.get(0)), new TopFieldCollectorManager(sortOf.get(queries.get(0)), 10, null, Integer.MAX_VALUE, false));
      System.out.printf("check: \"%s\" -> %,d matches (raw), %,d (SearchIndex)%n", queries.get(0), sample.totalHits.value,
          index.search(SearchQuery.of(queries.get(0))).total());
    }
  }

  private static Latencies.Result sum(Latencies.Result a, Latencies.Result b) {
    return new Latencies.Result(a.name(), a.calls() + b.calls(), (a.p50ms() + b.p50ms()) / 2, (a.p99ms() + b.p99ms()) / 2,
        Math.max(a.maxMs(), b.maxMs()), (a.qps() + b.qps()) / 2, (a.cpuMsPerCall() + b.cpuMsPerCall()) / 2);
  }
}
