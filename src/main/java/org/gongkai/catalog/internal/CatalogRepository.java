package org.gongkai.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.Validity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the catalog tables. */
@Repository
public class CatalogRepository {

  static final String COLUMNS =
      "i.id, i.agency_code, a.name as agency_name, i.agency_path, i.index_number, i.title, i.document_number,"
          + " i.written_on, i.published_on, i.published_at, i.scheduled_at, i.subject_code, s.label as subject_label,"
          + " i.genre_code, g.label as genre_label, i.kind, i.category, i.body, i.body_text, i.state, i.validity,"
          + " i.ended_on, i.needs_interpretation, i.interprets_id, i.withdrawn_reason, i.withdrawn_at, i.source_id,"
          + " i.created_by, i.updated_at, i.version";
  /** The columns of a list row: everything but the body, which lists never show. */
  static final String LIST_COLUMNS = COLUMNS.replace("i.body, i.body_text,", "'' as body, '' as body_text,");
  static final String FROM =
      " from catalog_item i join agency a on a.code = i.agency_code"
          + " join catalog_subject s on s.code = i.subject_code join catalog_genre g on g.code = i.genre_code";

  static final RowMapper<CatalogItem> MAPPER = CatalogRepository::map;

  private final JdbcClient jdbc;

  CatalogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public Optional<CatalogItem> find(long id) {
    return jdbc.sql("select " + COLUMNS + FROM + " where i.id = :id").param("id", id).query(MAPPER).optional();
  }

  /** The item, locked for a state change. */
  public Optional<CatalogItem> lock(long id) {
    jdbc.sql("select id from catalog_item where id = :id for update").param("id", id).query(Long.class).optional();
    return find(id);
  }

  public Optional<CatalogItem> findByIndexNumber(String indexNumber) {
    return jdbc.sql("select " + COLUMNS + FROM + " where i.index_number = :n").param("n", indexNumber).query(MAPPER).optional();
  }

  public List<CatalogItem> interpretationsOf(long id) {
    return jdbc.sql("select " + COLUMNS + FROM + " where i.interprets_id = :id order by i.id").param("id", id).query(MAPPER).list();
  }

  /**
   * A page of items by a where clause over {@code i} (catalog_item) built by the caller (positional
   * parameters); list rows carry no body.
   */
  public List<CatalogItem> list(String where, List<Object> params, String order, int limit, long offset) {
    List<Object> p = new ArrayList<>(params);
    p.add(limit);
    p.add(offset);
    return jdbc.sql("select " + LIST_COLUMNS + FROM + " where " + where + " order by " + order + " limit ? offset ?")
        .params(p)
        .query(MAPPER)
        .list();
  }

  /** How many items a where clause over {@code i} (catalog_item only) matches. */
  public long count(String where, List<Object> params) {
    return jdbc.sql("select count(*) from catalog_item i where " + where).params(params).query(Long.class).single();
  }

  /** The next serial of the 索引号 for the organisation and year. */
  public int nextSerial(String organisationCode, int year) {
    return jdbc.sql(
            "insert into catalog_index_serial (organisation_code, year, last_serial) values (:o, :y, 1)"
                + " on conflict (organisation_code, year) do update set last_serial = catalog_index_serial.last_serial + 1"
                + " returning last_serial")
        .param("o", organisationCode)
        .param("y", year)
        .query(Integer.class)
        .single();
  }

  public void recordTransition(long itemId, ItemState from, ItemState to, String action, String actor, String note) {
    jdbc.sql("insert into catalog_transition (item_id, from_state, to_state, action, actor, note) values (:i, :f, :t, :a, :u, :n)")
        .param("i", itemId)
        .param("f", from == null ? null : from.name())
        .param("t", to.name())
        .param("a", action)
        .param("u", actor)
        .param("n", note)
        .update();
  }

  public List<Transition> transitions(long itemId) {
    return jdbc.sql("select from_state, to_state, action, actor, note, at from catalog_transition where item_id = :i order by at, id")
        .param("i", itemId)
        .query((rs, n) -> new Transition(
            rs.getString(1) == null ? null : ItemState.valueOf(rs.getString(1)),
            ItemState.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toInstant()))
        .list();
  }

  public List<ValidityChange> validityHistory(long itemId) {
    return jdbc.sql(
            "select v.from_validity, v.to_validity, v.changed_on, v.reason, v.cause_item_id, c.title, c.document_number"
                + " from catalog_validity_change v left join catalog_item c on c.id = v.cause_item_id"
                + " where v.item_id = :i order by v.changed_on, v.id")
        .param("i", itemId)
        .query((rs, n) -> new ValidityChange(
            rs.getString(1) == null ? null : Validity.valueOf(rs.getString(1)),
            Validity.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getString(4),
            (Long) rs.getObject(5), rs.getString(6), rs.getString(7)))
        .list();
  }

  /** Links from and to the item (立改废), with the other item's title. */
  public List<Link> links(long itemId) {
    return jdbc.sql(
            "select l.kind, l.effective_on, l.from_item_id, l.to_item_id, o.id, o.title, o.document_number, o.state,"
                + " case when l.from_item_id = :i then true else false end as outgoing"
                + " from catalog_link l join catalog_item o on o.id = case when l.from_item_id = :i then l.to_item_id else l.from_item_id end"
                + " where l.from_item_id = :i or l.to_item_id = :i order by l.effective_on, l.id")
        .param("i", itemId)
        .query((rs, n) -> new Link(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(5), rs.getString(6),
            rs.getString(7), ItemState.valueOf(rs.getString(8)), rs.getBoolean(9)))
        .list();
  }

  public List<Attachment> attachments(long itemId) {
    return jdbc.sql("select id, item_id, file_name, content_type, size_bytes, storage_path, sha256, text from catalog_attachment where item_id = :i order by id")
        .param("i", itemId)
        .query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6), rs.getString(7), rs.getString(8)))
        .list();
  }

  public Optional<Attachment> attachment(long id) {
    return jdbc.sql("select id, item_id, file_name, content_type, size_bytes, storage_path, sha256, text from catalog_attachment where id = :i")
        .param("i", id)
        .query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6), rs.getString(7), rs.getString(8)))
        .optional();
  }

  private static CatalogItem map(ResultSet rs, int n) throws SQLException {
    String validity = rs.getString("validity");
    return new CatalogItem(
        rs.getLong("id"),
        rs.getString("agency_code"),
        rs.getString("agency_name"),
        rs.getString("agency_path"),
        rs.getString("index_number"),
        rs.getString("title"),
        rs.getString("document_number"),
        date(rs, "written_on"),
        date(rs, "published_on"),
        instant(rs, "published_at"),
        instant(rs, "scheduled_at"),
        rs.getString("subject_code"),
        rs.getString("subject_label"),
        rs.getString("genre_code"),
        rs.getString("genre_label"),
        ItemKind.valueOf(rs.getString("kind")),
        Art20Category.valueOf(rs.getString("category")),
        rs.getString("body"),
        rs.getString("body_text"),
        ItemState.valueOf(rs.getString("state")),
        validity == null ? null : Validity.valueOf(validity),
        date(rs, "ended_on"),
        rs.getBoolean("needs_interpretation"),
        (Long) rs.getObject("interprets_id"),
        rs.getString("withdrawn_reason"),
        instant(rs, "withdrawn_at"),
        rs.getString("source_id"),
        rs.getString("created_by"),
        instant(rs, "updated_at"),
        rs.getInt("version"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** One step of the workflow history. */
  public record Transition(ItemState from, ItemState to, String action, String actor, String note, Instant at) {}

  /** One change of validity. */
  public record ValidityChange(Validity from, Validity to, LocalDate changedOn, String reason, Long causeId,
      String causeTitle, String causeNumber) {}

  /**
   * A 立改废 link seen from one item.
   *
   * @param outgoing true when this item amends/repeals the other; false when it is amended/repealed by it
   */
  public record Link(String kind, LocalDate effectiveOn, long otherId, String otherTitle, String otherNumber,
      ItemState otherState, boolean outgoing) {
    public String label() {
      boolean amends = "AMENDS".equals(kind);
      if (outgoing) {
        return amends ? "修改了" : "废止了";
      }
      return amends ? "被修改：" : "被废止：";
    }
  }

  /** A stored attachment. */
  public record Attachment(long id, long itemId, String fileName, String contentType, long sizeBytes,
      String storagePath, String sha256, String text) {
    public String sizeLabel() {
      return sizeBytes < 1024 ? sizeBytes + " B" : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
          : String.format("%.1f MB", sizeBytes / 1048576.0);
    }
  }
}
