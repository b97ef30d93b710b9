package org.gongkai.search.internal;

import java.time.Instant;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.search.IndexStats;
import org.gongkai.search.SearchIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the administrator sees of the index and may do with it. */
@Service
public class SearchMaintenance {

  private final SearchIndex index;
  private final SearchIndexer indexer;
  private final SearchIndexerRunner runner;
  private final OutboxQueue outbox;
  private final AccessPolicy access;
  private final AuditLog audit;

  SearchMaintenance(SearchIndex index, SearchIndexer indexer, SearchIndexerRunner runner, OutboxQueue outbox,
      AccessPolicy access, AuditLog audit) {
    this.index = index;
    this.indexer = indexer;
    this.runner = runner;
    this.outbox = outbox;
    this.access = access;
    this.audit = audit;
  }

  /**
   * The state of the index for the administration page.
   *
   * @param backlog outbox rows not yet in the index
   * @param hasSource whether a module supplies documents (without one nothing is indexed)
   */
  public record Status(IndexStats index, long backlog, boolean rebuildPending, Instant lastRun, String lastError, boolean hasSource) {}

  public Status status() {
    access.requireAdmin();
    return new Status(index.stats(), outbox.backlog(), indexer.rebuildPending(), indexer.lastRun(), indexer.lastError(), indexer.hasSource());
  }

  /** Schedules a full rebuild from the database (runs in the background, within seconds). */
  @Transactional
  public void requestRebuild() {
    access.requireAdmin();
    IndexStats stats = index.stats();
    audit.record("SEARCH_REBUILD", "search-index", null, "请求重建全文检索索引",
        "重建前索引条目 " + stats.documents() + " 条，待处理变更 " + outbox.backlog() + " 条");
    indexer.requestRebuild();
    runner.nudge();
  }
}
