package org.gongkai.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.internal.LuceneSearchIndex;

/**
 * Query latency of the 50 fixed queries under 8 threads, on the index {@link SearchIndexingBench}
 * built: raw Lucene {@link IndexSearcher} with the same query (top 10 only — the limit; and with an
 * exact count), against {@link LuceneSearchIndex#search} (top 10, exact total, stored fields and
 * highlighted snippets; and with facets).
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
    System.out.printf("%d queries x %d rounds x %d threads%n", queries.size(), rounds, threads);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      System.out.printf("index: %,d documents%n", reader.numDocs());
      Query[] parsed = new Query[queries.size()];
      for (int i = 0; i < parsed.length; i++) {
        Query q = LuceneSearchIndex.textQuery(queries.get(i));
        parsed[i] = q == null ? new MatchAllDocsQuery() : q;
      }
      java.util.Map<String, Query> byText = new java.util.HashMap<>();
      for (int i = 0; i < parsed.length; i++) {
        byText.put(queries.get(i), parsed[i]);
      }
      long totalHits = 0;
      for (Query q : parsed) {
        totalHits += searcher.count(q);
      }
      System.out.printf("average matches per query: %,d%n", totalHits / parsed.length);
      Latencies.measure("raw Lucene: top 10 (the limit)", queries, threads, rounds, q -> searcher.search(byText.get(q), 10));
      Latencies.measure("raw Lucene: top 10 + exact count", queries, threads, rounds, q -> {
        searcher.search(byText.get(q), 10);
        searcher.count(byText.get(q));
      });
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      Latencies.measure("SearchIndex: query+top 10+count+snippets", queries, threads, rounds, q -> index.search(SearchQuery.of(q)));
      Latencies.measure("SearchIndex: the same + facets", queries, threads, Math.max(1, rounds / 2), q -> index.search(SearchQuery.of(q).withFacets()));
      Latencies.measure("SearchIndex: the same, sorted by date", queries, threads, Math.max(1, rounds / 2),
          q -> index.search(SearchQuery.of(q).withSort(SearchQuery.Sort.DATE)));
    }
  }
}
