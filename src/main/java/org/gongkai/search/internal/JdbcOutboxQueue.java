package org.gongkai.search.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code search_outbox} table. */
@Component
class JdbcOutboxQueue implements OutboxQueue {

  private final JdbcClient jdbc;

  JdbcOutboxQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Entry> next(int limit) {
    return jdbc.sql("select id, item_id from search_outbox order by id limit :limit")
        .param("limit", limit)
        .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  @Override
  public void remove(List<Long> entryIds) {
    if (!entryIds.isEmpty()) {
      jdbc.sql("delete from search_outbox where id = any(:ids)").param("ids", entryIds.toArray(Long[]::new)).update();
    }
  }

  @Override
  public long backlog() {
    return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
  }
}
