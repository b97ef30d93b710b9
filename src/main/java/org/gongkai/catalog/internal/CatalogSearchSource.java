package org.gongkai.catalog.internal;

import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.catalog.ItemState;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the search index reads: an item with the text of its body and attachments. */
@Component
class CatalogSearchSource implements SearchSource {

  private static final String SELECT =
      "select i.id, i.index_number, i.title, i.body_text, i.agency_code, i.agency_path, a.name, i.category,"
          + " s.label as subject, g.label as genre, i.document_number, i.validity, i.written_on, i.published_on, i.state,"
          + " coalesce((select string_agg(t.text, E'\\n') from catalog_attachment t where t.item_id = i.id), '') as attachment_text"
          + " from catalog_item i join agency a on a.code = i.agency_code"
          + " join catalog_subject s on s.code = i.subject_code join catalog_genre g on g.code = i.genre_code";

  private final JdbcClient jdbc;

  CatalogSearchSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<SearchDocument> document(long id) {
    return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public void forEachPublished(Consumer<SearchDocument> consumer) {
    jdbc.sql(SELECT + " where i.state = 'PUBLISHED' order by i.id")
        .withFetchSize(500)
        .query(rs -> {
          consumer.accept(map(rs));
        });
  }

  private static SearchDocument map(java.sql.ResultSet rs) throws java.sql.SQLException {
    String attachments = rs.getString("attachment_text");
    String body = rs.getString("body_text");
    java.sql.Date written = rs.getDate("written_on");
    java.sql.Date published = rs.getDate("published_on");
    return new SearchDocument(
        rs.getLong("id"),
        rs.getString("index_number"),
        rs.getString("title"),
        attachments.isEmpty() ? body : body + "\n" + attachments,
        rs.getString("agency_code"),
        rs.getString("agency_path"),
        rs.getString("name"),
        rs.getString("category"),
        rs.getString("subject"),
        rs.getString("genre"),
        rs.getString("document_number"),
        rs.getString("validity"),
        written == null ? null : written.toLocalDate(),
        published == null ? null : published.toLocalDate(),
        ItemState.PUBLISHED.name().equals(rs.getString("state")));
  }
}
