package org.gongkai.catalog.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an empty catalog with the demo data of {@link DemoCatalog}, in batches, in one transaction. */
@Component
@Order(50)
class CatalogDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

  private final boolean demo;
  private final Agencies agencies;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  CatalogDemoData(@Value("${gongkai.demo:true}") boolean demo, Agencies agencies, JdbcTemplate jdbc, TransactionTemplate tx) {
    this.demo = demo;
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo || agencies.tree().size() == 0) {
      return;
    }
    Long count = jdbc.queryForObject("select count(*) from catalog_item", Long.class);
    if (count != null && count > 0) {
      return;
    }
    long started = System.nanoTime();
    DemoCatalog data = new DemoCatalog(agencies.tree(), LocalDate.now(Publication.CHINA)).build();
    tx.executeWithoutResult(status -> insert(data));
    log.info("演示目录数据：{} 条政府信息，{} 条立改废关系，用时 {} ms", data.rows.size(), data.links.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private void insert(DemoCatalog data) {
    List<Object[]> items = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    List<Object[]> transitions = new ArrayList<>();
    for (DemoCatalog.Row r : data.rows) {
      items.add(DemoCatalog.insertArgs(r));
      if (r.validity != null) {
        history.add(new Object[] {r.id, null, "IN_FORCE", Date.valueOf(r.written), "制发", null});
      }
      transitions.add(new Object[] {r.id, null, r.state, "导入演示数据", r.indexNumber == null ? null : "索引号 " + r.indexNumber});
    }
    for (DemoCatalog.ValidityRow v : data.validity) {
      history.add(new Object[] {v.item(), v.from().name(), v.to().name(), Date.valueOf(v.on()), v.reason(), v.cause()});
    }
    jdbc.batchUpdate(
        "insert into catalog_item (id, agency_code, agency_path, index_number, title, document_number, document_number_key,"
            + " written_on, published_on, published_at, subject_code, genre_code, kind, category, body, body_text, state,"
            + " validity, ended_on, needs_interpretation, interprets_id, withdrawn_reason, withdrawn_at, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
        items);
    jdbc.queryForObject("select setval('catalog_item_id_seq', (select max(id) from catalog_item))", Long.class);
    jdbc.batchUpdate("insert into catalog_validity_change (item_id, from_validity, to_validity, changed_on, reason, cause_item_id, actor)"
        + " values (?, ?, ?, ?, ?, ?, 'demo')", history);
    jdbc.batchUpdate("insert into catalog_transition (item_id, from_state, to_state, action, actor, note) values (?, ?, ?, ?, 'demo', ?)",
        transitions);
    List<Object[]> links = data.links.stream()
        .map(l -> new Object[] {l.from(), l.to(), l.kind(), Date.valueOf(l.on())}).toList();
    jdbc.batchUpdate("insert into catalog_link (from_item_id, to_item_id, kind, effective_on) values (?, ?, ?, ?) on conflict do nothing", links);
    List<Object[]> serials = data.serials.entrySet().stream().map(e -> {
      String[] k = e.getKey().split("/");
      return new Object[] {k[0], Integer.parseInt(k[1]), e.getValue()};
    }).toList();
    jdbc.batchUpdate("insert into catalog_index_serial (organisation_code, year, last_serial) values (?, ?, ?)", serials);
    jdbc.update("insert into search_outbox (item_id) select id from catalog_item where state = 'PUBLISHED' order by id");
  }
}
