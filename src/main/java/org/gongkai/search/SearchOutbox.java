package org.gongkai.search;

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
}
