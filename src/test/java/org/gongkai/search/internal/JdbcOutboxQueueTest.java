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

  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Autowired SearchOutbox searchOutbox;
  @Autowired OutboxQueue queue;
  @Autowired TransactionTemplate transactions;

  @Test
  void outboxRowsCommitWithTheSourceAndLeaveOnceProcessed() throws Exception {
    transactions.executeWithoutResult(tx -> {
      searchOutbox.itemChanged(880001);
      searchOutbox.itemChanged(880002);
      // visible inside the source's own transaction, before the indexer can see them
      assertThat(rows(880001, 880002)).isEqualTo(2);
    });
    transactions.executeWithoutResult(tx -> {
      searchOutbox.itemChanged(880003);
      tx.setRollbackOnly();
    });
    // a rolled-back change never reaches the outbox
    assertThat(rows(880003, 880003)).isZero();
    // the indexer works committed rows off (the catalog is the source: unknown items are deleted from the index)
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (rows(880001, 880002) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(rows(880001, 880002)).isZero();
  }

  private long rows(long from, long to) {
    return jdbc.sql("select count(*) from search_outbox where item_id between :a and :b")
        .param("a", from).param("b", to).query(Long.class).single();
  }

  @Test
  void itemChangedNeedsTheCallersTransaction() {
    assertThatThrownBy(() -> searchOutbox.itemChanged(880009)).isInstanceOf(IllegalTransactionStateException.class);
  }
}
