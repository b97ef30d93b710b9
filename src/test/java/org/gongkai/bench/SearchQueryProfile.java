package org.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.internal.LuceneSearchIndex;

/**
 * Where one search's time goes, query by query, on one thread: the costliest of the 50 fixed
 * queries first, with the CPU of each step {@link LuceneSearchIndex#search} takes (the scored
 * matches' top 10 with an exact count of them and with the count cut off at 10, the date-sorted rest,
 * the total; without the query cache) and of the whole call (with it, as the application runs). For finding the queries that set the p99; bench/search.sh runs it
 * with {@code PROFILE=1}.
 *
 * <p>Arguments: index directory, rounds per query (default 20; the median is shown).
 */
public final class SearchQueryProfile {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  interface Step {
    void run() throws Exception;
  }

  record Row(String query, long matches, long scoredMatches, double scoredExact, double scoredCut, double rest, double count, double whole) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Sort byDate = LuceneSearchIndex.sortOf(SearchQuery.of("").withSort(SearchQuery.Sort.DATE));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      // the steps' own cost: no query cache (search() keeps Lucene's default one, as in the application)
      searcher.setQueryCache(null);
      // the JIT needs thousands of calls of each path before the figures settle
      for (int i = 0; i < 30; i++) {
        for (String q : SyntheticDocuments.queries()) {
          SearchQuery search = SearchQuery.of(q);
          Query[] split = LuceneSearchIndex.splitQueries(search);
          searcher.search(split == null ? LuceneSearchIndex.luceneQuery(search) : split[0],
              new TopFieldCollectorManager(LuceneSearchIndex.sortOf(search), 10, null, Integer.MAX_VALUE, false));
          searcher.count(LuceneSearchIndex.luceneQuery(search));
          index.search(search);
        }
      }
      List<Row> rows = new ArrayList<>();
      for (String q : SyntheticDocuments.queries()) {
        SearchQuery search = SearchQuery.of(q);
        Query whole = LuceneSearchIndex.luceneQuery(search);
        Sort sort = LuceneSearchIndex.sortOf(search);
        Query[] split = LuceneSearchIndex.splitQueries(search);
        Query scoredQuery = split == null ? whole : split[0];
        long matches = searcher.count(whole);
        long scoredMatches = searcher.count(scoredQuery);
        double exact = median(rounds, () -> searcher.search(scoredQuery, new TopFieldCollectorManager(sort, 10, null, Integer.MAX_VALUE, false)));
        double cut = median(rounds, () -> searcher.search(scoredQuery, new TopFieldCollectorManager(sort, 10, null, 10, false)));
        double rest = split == null ? 0 : median(rounds, () -> searcher.search(split[1], 10, byDate, false));
        double count = median(rounds, () -> searcher.count(whole));
        double all = median(rounds, () -> index.search(search));
        rows.add(new Row(q, matches, scoredMatches, exact, cut, rest, count, all));
      }
      rows.sort(Comparator.comparingDouble(Row::whole).reversed());
      System.out.printf("Per query, one thread, median of %d rounds, CPU ms (index: %,d documents, %d segments)%n", rounds, reader.numDocs(),
          reader.leaves().size());
      System.out.printf("%-24s %10s %10s %9s %9s %7s %7s %8s%n", "query", "matches", "scored", "top10+n", "top10", "rest", "count", "search()");
      double sum = 0;
      for (Row r : rows) {
        sum += r.whole();
        System.out.printf("%-24s %,10d %,10d %9.2f %9.2f %7.2f %7.2f %8.2f%n", r.query(), r.matches(), r.scoredMatches(), r.scoredExact(),
            r.scoredCut(), r.rest(), r.count(), r.whole());
      }
      System.out.printf("mean search() %.2f ms%n", sum / rows.size());
    }
  }

  private static double median(int rounds, Step step) throws Exception {
    step.run();
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      step.run();
      ms[i] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
    }
    java.util.Arrays.sort(ms);
    return ms[rounds / 2];
  }
}
