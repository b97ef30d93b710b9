package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.GongkaiTest;
import org.gongkai.search.SearchOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@GongkaiTest
class JdbcOutboxQueueTest {

  @Autowired SearchOutbox searchOutbox;
  @Autowired OutboxQueue queue;
  @Autowired TransactionTemplate transactions;

  @Test
  void outboxRowsCommitWithTheSourceAndLeaveOnceProcessed() {
    long before = queue.backlog();
    transactions.executeWithoutResult(tx -> {
      searchOutbox.itemChanged(880001);
      searchOutbox.itemChanged(880002);
    });
    transactions.executeWithoutResult(tx -> {
      searchOutbox.itemChanged(880003);
      tx.setRollbackOnly();
    });
    // Without a search source (none in this application yet) the indexer leaves the rows alone.
    assertThat(queue.backlog()).isEqualTo(before + 2);
    List<OutboxQueue.Entry> mine = queue.next(10_000).stream().filter(e -> e.itemId() >= 880001 && e.itemId() <= 880003).toList();
    assertThat(mine).extracting(OutboxQueue.Entry::itemId).containsExactly(880001L, 880002L);

    queue.remove(mine.stream().map(OutboxQueue.Entry::id).toList());
    assertThat(queue.backlog()).isEqualTo(before);
  }

  @Test
  void itemChangedNeedsTheCallersTransaction() {
    assertThatThrownBy(() -> searchOutbox.itemChanged(880009)).isInstanceOf(IllegalTransactionStateException.class);
  }
}
