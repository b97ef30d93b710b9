package org.gongkai.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the source: works off the outbox in batches (load each changed
 * item; published → index it, otherwise → remove it; commit the index; only then delete the
 * outbox rows), and rebuilds the whole index when asked or when it is empty. Not thread-safe by
 * itself: {@link SearchIndexerRunner} calls it from one thread.
 */
public class SearchIndexer {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  static final int BATCH = 500;

  private final OutboxQueue outbox;
  private final SearchIndex index;
  private final Supplier<SearchSource> source;
  private volatile boolean rebuildRequested;
  private volatile Instant lastRun;
  private volatile String lastError;

  /** @param source the source of documents; may supply null while no module provides one */
  public SearchIndexer(OutboxQueue outbox, SearchIndex index, Supplier<SearchSource> source) {
    this.outbox = outbox;
    this.index = index;
    this.source = source;
  }

  /** Asks for a full rebuild on the next run. */
  public void requestRebuild() {
    rebuildRequested = true;
  }

  public boolean rebuildPending() {
    return rebuildRequested;
  }

  /** On start: rebuild if asked or if the index is empty, then work off what a crash left. */
  public void start(boolean rebuild) {
    if (rebuild || index.stats().documents() == 0 || !index.isCurrent()) {
      rebuildRequested = true;
    }
    run();
  }

  /**
   * One run: a rebuild if requested, then the outbox until it is empty.
   *
   * @return the number of outbox rows processed
   */
  public synchronized int run() {
    SearchSource src = source.get();
    if (src == null) {
      return 0;
    }
    try {
      if (rebuildRequested) {
        rebuildRequested = false;
        long started = System.currentTimeMillis();
        long count = index.rebuild(src);
        log.info("Search index rebuilt: {} documents in {} ms", count, System.currentTimeMillis() - started);
      }
      int processed = 0;
      int batch;
      do {
        batch = drainBatch(src);
        processed += batch;
      } while (batch == BATCH);
      lastRun = Instant.now();
      lastError = null;
      return processed;
    } catch (RuntimeException e) {
      lastError = e.getMessage();
      log.warn("Search indexing failed; the outbox keeps the changes and the next run retries", e);
      return 0;
    }
  }

  private int drainBatch(SearchSource src) {
    List<OutboxQueue.Entry> entries = outbox.next(BATCH);
    if (entries.isEmpty()) {
      return 0;
    }
    Set<Long> items = new LinkedHashSet<>();
    List<Long> ids = new ArrayList<>(entries.size());
    for (OutboxQueue.Entry e : entries) {
      items.add(e.itemId());
      ids.add(e.id());
    }
    for (long item : items) {
      Optional<SearchDocument> document = src.document(item);
      if (document.isPresent() && document.get().published()) {
        index.upsert(document.get());
      } else {
        index.delete(item);
      }
    }
    index.commit();
    outbox.remove(ids);
    return entries.size();
  }

  public Instant lastRun() {
    return lastRun;
  }

  public String lastError() {
    return lastError;
  }

  public boolean hasSource() {
    return source.get() != null;
  }
}
