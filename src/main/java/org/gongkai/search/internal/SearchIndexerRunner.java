package org.gongkai.search.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the indexer on its own thread (so a long rebuild blocks nobody): once when the application
 * is ready (with {@code --gongkai.search.rebuild=true} as a full rebuild), then every half second.
 */
@Component
class SearchIndexerRunner implements SmartLifecycle {

  private final SearchIndexer indexer;
  private final boolean rebuildOnStart;
  private final long intervalMillis;
  private ScheduledExecutorService executor;
  private volatile boolean running;

  SearchIndexerRunner(SearchIndexer indexer,
      @Value("${gongkai.search.rebuild:false}") boolean rebuildOnStart,
      @Value("${gongkai.search.interval-ms:500}") long intervalMillis) {
    this.indexer = indexer;
    this.rebuildOnStart = rebuildOnStart;
    this.intervalMillis = intervalMillis;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (executor == null) {
      return;
    }
    executor.execute(() -> indexer.start(rebuildOnStart));
    executor.scheduleWithFixedDelay(indexer::run, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs the indexer now (after a rebuild request) instead of at the next tick. */
  void nudge() {
    if (executor != null && running) {
      executor.execute(indexer::run);
    }
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "search-indexer");
      t.setDaemon(true);
      return t;
    });
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
