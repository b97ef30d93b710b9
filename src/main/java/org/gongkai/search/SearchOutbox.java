package org.gongkai.search;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of the index: a source calls {@link #itemChanged} in the transaction that
 * publishes, edits or withdraws an item; the indexer works the outbox off after commit and again
 * on every start, so a crash between the database and the index is repaired without anyone's help.
 */
@Service
public class SearchOutbox {

  private final JdbcClient jdbc;

  SearchOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records that the item changed; must run inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void itemChanged(long itemId) {
    jdbc.sql("insert into search_outbox (item_id) values (:id)").param("id", itemId).update();
  }

  /** Records that many items changed at once (e.g. a renamed category they share); same rules. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void itemsChanged(Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return;
    }
    jdbc.sql("insert into search_outbox (item_id) select unnest(cast(:ids as bigint[]))")
        .param("ids", itemIds.toArray(Long[]::new))
        .update();
  }
}
