package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.IndexStats;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {

  private final FakeSource source = new FakeSource();
  private final MemoryOutbox outbox = new MemoryOutbox();
  private final LuceneSearchIndex index = new LuceneSearchIndex(new ByteBuffersDirectory(), 1);
  private final SearchIndexer indexer = new SearchIndexer(outbox, index, () -> source);

  @AfterEach
  void close() {
    index.close();
  }

  private List<Long> search(String text) {
    return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void indexesPublishedItemsAndEmptiesTheOutbox() {
    source.put(item(1, "重庆市政府信息公开指南", true));
    source.put(item(2, "未发布的草稿通知", false));
    outbox.add(1);
    outbox.add(2);
    outbox.add(1);

    assertThat(indexer.run()).isEqualTo(3);

    assertThat(search("公开指南")).containsExactly(1L);
    assertThat(search("草稿")).isEmpty();
    assertThat(outbox.backlog()).isZero();
    assertThat(source.loads).isEqualTo(2);
  }

  @Test
  void removesWithdrawnAndDeletedItems() {
    source.put(item(1, "关于防汛工作的通知", true));
    source.put(item(2, "关于防汛演练的通知", true));
    outbox.add(1);
    outbox.add(2);
    indexer.run();
    assertThat(search("防汛")).hasSize(2);

    source.put(item(1, "关于防汛工作的通知", false));
    source.items.remove(2L);
    outbox.add(1);
    outbox.add(2);
    indexer.run();

    assertThat(search("防汛")).isEmpty();
  }

  @Test
  void editsReplaceTheOldText() {
    source.put(item(1, "旧标题", true));
    outbox.add(1);
    indexer.run();
    source.put(item(1, "新标题", true));
    outbox.add(1);
    indexer.run();
    assertThat(search("旧标题")).isEmpty();
    assertThat(search("新标题")).containsExactly(1L);
    assertThat(index.stats().documents()).isEqualTo(1);
  }

  @Test
  void keepsTheOutboxWhenTheSourceFailsAndRetriesLater() {
    source.put(item(1, "审计结果公告", true));
    outbox.add(1);
    source.failing = true;
    assertThat(indexer.run()).isZero();
    assertThat(outbox.backlog()).isEqualTo(1);
    assertThat(indexer.lastError()).contains("数据库不可用");

    source.failing = false;
    indexer.run();
    assertThat(outbox.backlog()).isZero();
    assertThat(search("审计结果")).containsExactly(1L);
  }

  @Test
  void worksOffLargeBacklogsInBatches() {
    for (int i = 1; i <= 1234; i++) {
      source.put(item(i, "第" + i + "号公告", true));
      outbox.add(i);
    }
    assertThat(indexer.run()).isEqualTo(1234);
    assertThat(index.stats().documents()).isEqualTo(1234);
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void rebuildsAnEmptyIndexOnStartAndThenRepairsFromTheOutbox() {
    source.put(item(1, "行政许可决定公示", true));
    source.put(item(2, "行政处罚决定公示", true));
    // A crash after the commit of item 3, before the index saw it: its outbox row is still there.
    source.put(item(3, "行政强制决定公示", true));
    outbox.add(3);

    indexer.start(false);

    assertThat(search("决定公示")).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(outbox.backlog()).isZero();
    assertThat(index.stats().lastRebuild()).isNotNull();
  }

  @Test
  void doesNotRebuildANonEmptyIndexUnlessAsked() {
    source.put(item(1, "政府工作报告", true));
    outbox.add(1);
    indexer.run();
    source.put(item(2, "未经发件箱的条目", true));

    indexer.start(false);
    assertThat(search("发件箱")).isEmpty();

    indexer.start(true);
    assertThat(search("发件箱")).containsExactly(2L);
  }

  @Test
  void rebuildsAnIndexOfAnOlderLayoutOnStart() {
    SearchIndex outdated = new DelegatingIndex(index) {
      @Override
      public boolean isCurrent() {
        return false;
      }
    };
    source.put(item(1, "政府工作报告", true));
    outbox.add(1);
    new SearchIndexer(outbox, outdated, () -> source).run();
    source.put(item(2, "未经发件箱的条目", true));

    new SearchIndexer(outbox, outdated, () -> source).start(false);

    assertThat(search("发件箱")).containsExactly(2L);
  }

  @Test
  void doesNothingWithoutASource() {
    SearchIndexer orphan = new SearchIndexer(outbox, index, () -> null);
    outbox.add(1);
    orphan.start(true);
    assertThat(orphan.run()).isZero();
    assertThat(outbox.backlog()).isEqualTo(1);
    assertThat(orphan.hasSource()).isFalse();
  }

  static SearchDocument item(long id, String title, boolean published) {
    return new SearchDocument(id, "000000000/2024-" + id, title, title + "，全文。", "500000", "/500000/", "重庆市人民政府",
        "OTHER", null, null, null, null, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), published);
  }

  /** Passes every call to the real index; tests override what they need. */
  static class DelegatingIndex implements SearchIndex {
    private final SearchIndex target;

    DelegatingIndex(SearchIndex target) {
      this.target = target;
    }

    @Override
    public SearchResults search(SearchQuery query) {
      return target.search(query);
    }

    @Override
    public void upsert(SearchDocument document) {
      target.upsert(document);
    }

    @Override
    public void delete(long id) {
      target.delete(id);
    }

    @Override
    public void commit() {
      target.commit();
    }

    @Override
    public long rebuild(SearchSource source) {
      return target.rebuild(source);
    }

    @Override
    public IndexStats stats() {
      return target.stats();
    }
  }

  static class FakeSource implements SearchSource {
    final Map<Long, SearchDocument> items = new HashMap<>();
    int loads;
    boolean failing;

    void put(SearchDocument d) {
      items.put(d.id(), d);
    }

    @Override
    public Optional<SearchDocument> document(long id) {
      if (failing) {
        throw new IllegalStateException("数据库不可用");
      }
      loads++;
      return Optional.ofNullable(items.get(id));
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> consumer) {
      items.values().stream().filter(SearchDocument::published).forEach(consumer);
    }
  }

  static class MemoryOutbox implements OutboxQueue {
    private final List<Entry> rows = new ArrayList<>();
    private long sequence;

    void add(long itemId) {
      rows.add(new Entry(++sequence, itemId));
    }

    @Override
    public List<Entry> next(int limit) {
      return List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
    }

    @Override
    public void remove(List<Long> entryIds) {
      rows.removeIf(e -> entryIds.contains(e.id()));
    }

    @Override
    public long backlog() {
      return rows.size();
    }
  }
}
