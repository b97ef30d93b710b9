package org.gongkai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchSource;
import org.gongkai.search.internal.ChineseAnalysis;
import org.gongkai.search.internal.LuceneSearchIndex;

/**
 * Indexing throughput: {@link LuceneSearchIndex#rebuild} against a raw Lucene {@link IndexWriter}
 * with the same documents, analyzer and number of threads. Leaves the index of LuceneSearchIndex in
 * {@code <dir>/index} for {@link SearchQueryBench}.
 *
 * <p>Arguments: number of documents (default 1,000,000), directory (default /tmp/gongkai-search-bench).
 */
public final class SearchIndexingBench {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path base = Path.of(args.length > 1 ? args[1] : "/tmp/gongkai-search-bench");
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.println("Search indexing benchmark, " + LocalDateTime.now() + ", " + Latencies.machine());
    SyntheticDocuments generator = new SyntheticDocuments(n);

    long g0 = System.nanoTime();
    List<SearchDocument> docs = new ArrayList<>(n);
    generator.forEachPublished(docs::add);
    long chars = docs.stream().mapToLong(d -> d.title().length() + d.body().length()).sum();
    System.out.printf("generated %,d documents (%,d characters, %.0f per document) in %.1f s%n", n, chars, chars / (double) n,
        (System.nanoTime() - g0) / 1e9);
    SearchSource source = new ListSource(docs);

    // warm-up of the analyzers and the JIT on a throwaway in-memory index
    try (LuceneSearchIndex warm = new LuceneSearchIndex(new ByteBuffersDirectory(), threads)) {
      warm.rebuild(new ListSource(docs.subList(0, Math.min(20_000, n))));
    }

    Path raw = base.resolve("raw");
    Path mine = base.resolve("index");
    delete(raw);
    delete(mine);

    System.out.println(Latencies.load());
    double rc0 = Latencies.cpuSeconds();
    long r0 = System.nanoTime();
    try (Directory dir = FSDirectory.open(raw)) {
      IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.indexing());
      config.setRAMBufferSizeMB(128);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Thread worker = new Thread(() -> {
            int i;
            try {
              while ((i = next.getAndIncrement()) < n) {
                writer.addDocument(LuceneSearchIndex.toDocument(docs.get(i)));
              }
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
          workers.add(worker);
          worker.start();
        }
        for (Thread w : workers) {
          w.join();
        }
        writer.commit();
      }
    }
    double rawSeconds = (System.nanoTime() - r0) / 1e9;
    double rawCpu = Latencies.cpuSeconds() - rc0;
    System.out.printf("raw Lucene IndexWriter   : %,d docs in %6.1f s = %,8.0f docs/s; %,.0f CPU s = %,.0f docs per CPU second; %s on disk (%d threads, %s)%n",
        n, rawSeconds, n / rawSeconds, rawCpu, n / rawCpu, mb(raw), threads, Latencies.load());
    double mc0 = Latencies.cpuSeconds();

    long m0 = System.nanoTime();
    long count;
    try (LuceneSearchIndex index = LuceneSearchIndex.open(mine)) {
      count = index.rebuild(source);
    }
    double mineSeconds = (System.nanoTime() - m0) / 1e9;
    double mineCpu = Latencies.cpuSeconds() - mc0;
    System.out.printf("LuceneSearchIndex.rebuild: %,d docs in %6.1f s = %,8.0f docs/s; %,.0f CPU s = %,.0f docs per CPU second; %s on disk (%d threads, %s)%n",
        count, mineSeconds, count / mineSeconds, mineCpu, count / mineCpu, mb(mine), threads, Latencies.load());
    System.out.printf("LuceneSearchIndex vs raw: %.0f%% of raw wall-clock throughput, %.0f%% of raw per CPU second%n",
        100 * rawSeconds / mineSeconds, 100 * rawCpu / mineCpu);

    // The outbox path: upsert one by one, commit every 500 (what the indexer does after publications).
    int updates = Math.min(20_000, n);
    long u0 = System.nanoTime();
    try (LuceneSearchIndex index = LuceneSearchIndex.open(mine)) {
      for (int i = 0; i < updates; i++) {
        index.upsert(docs.get(i));
        if (i % 500 == 499) {
          index.commit();
        }
      }
      index.commit();
    }
    double updateSeconds = (System.nanoTime() - u0) / 1e9;
    System.out.printf("outbox path (upsert, commit per 500): %,d docs in %.1f s = %,.0f docs/s (one thread)%n", updates, updateSeconds,
        updates / updateSeconds);
  }

  record ListSource(List<SearchDocument> docs) implements SearchSource {
    @Override
    public java.util.Optional<SearchDocument> document(long id) {
      return docs.stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> consumer) {
      docs.forEach(consumer);
    }
  }

  static String mb(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format("%,.0f MB", bytes / (1024.0 * 1024));
    }
  }

  static void delete(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
