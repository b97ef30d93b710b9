package org.gongkai.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalog.ItemKind;
import org.gongkai.search.SearchOutbox;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 主题分类 and 体裁分类: lists kept in tables ({@code catalog_subject}, {@code catalog_genre}) that
 * administrators edit — add, rename, reorder, deactivate, and delete an entry no item uses. Forms,
 * imports and portal filters offer the active entries; items keep an entry that was deactivated
 * later. The seeded values follow the gov.cn style; the official code lists were not found. Both
 * lists are read on every item page and form, so they are kept in memory and reloaded after each
 * change made here.
 */
@Service
public class Taxonomy {

  /** Kinds of 体裁 the regulation needs (规章, 规范性文件, 政策解读, 公开制度): one must stay active. */
  private static final Set<ItemKind> REQUIRED_KINDS =
      EnumSet.of(ItemKind.RULE, ItemKind.NORMATIVE_DOCUMENT, ItemKind.INTERPRETATION, ItemKind.SYSTEM);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final SearchOutbox outbox;
  private volatile Map<Classification, List<Term>> cache;

  Taxonomy(JdbcClient jdbc, AuditLog audit, SearchOutbox outbox) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.outbox = outbox;
  }

  /** The two classifications: their names, tables and the item column that refers to them. */
  public enum Classification {
    /** 主题分类. */
    SUBJECT("主题分类", "catalog_subject", "subject_code", "S", 100),
    /** 体裁分类; each genre also says what kind of document its items are. */
    GENRE("体裁分类", "catalog_genre", "genre_code", "G", 50);

    private final String label;
    private final String table;
    private final String itemColumn;
    private final String codePrefix;
    private final int maxLabel;

    Classification(String label, String table, String itemColumn, String codePrefix, int maxLabel) {
      this.label = label;
      this.table = table;
      this.itemColumn = itemColumn;
      this.codePrefix = codePrefix;
      this.maxLabel = maxLabel;
    }

    public String label() {
      return label;
    }

    /** The classification named in a URL ("subject", "genre"), or null. */
    public static Classification of(String name) {
      if ("subject".equals(name)) {
        return SUBJECT;
      }
      return "genre".equals(name) ? GENRE : null;
    }

    public String slug() {
      return name().toLowerCase();
    }
  }

  // ---------------------------------------------------------------- reading

  /** Active 主题分类, in their order. */
  public List<Term> subjects() {
    return active(Classification.SUBJECT);
  }

  /** Active 体裁分类, in their order. */
  public List<Term> genres() {
    return active(Classification.GENRE);
  }

  /** Every entry of the list, deactivated ones included, in their order. */
  public List<Term> all(Classification list) {
    Map<Classification, List<Term>> c = cache;
    if (c == null) {
      c = load();
      cache = c;
    }
    return c.get(list);
  }

  /** What a form offers: the active entries, and the one the item has if it was deactivated since. */
  public List<Term> offered(Classification list, String kept) {
    return all(list).stream().filter(t -> t.active() || t.code().equals(kept)).toList();
  }

  /** The active 主题分类 of a code or label. */
  public Optional<Term> subject(String codeOrLabel) {
    return subjects().stream().filter(t -> t.matches(codeOrLabel)).findFirst();
  }

  /** The active 体裁分类 of a code or label. */
  public Optional<Term> genre(String codeOrLabel) {
    return genres().stream().filter(t -> t.matches(codeOrLabel)).findFirst();
  }

  /** Any entry of the list (deactivated ones too) with the code or label. */
  public Optional<Term> find(Classification list, String codeOrLabel) {
    return all(list).stream().filter(t -> t.matches(codeOrLabel)).findFirst();
  }

  /** How many items (in any state) use each entry of the list. */
  public Map<String, Long> usage(Classification list) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("select " + list.itemColumn + ", count(*) from catalog_item group by " + list.itemColumn)
        .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return counts;
  }

  private List<Term> active(Classification list) {
    return all(list).stream().filter(Term::active).toList();
  }

  private Map<Classification, List<Term>> load() {
    Map<Classification, List<Term>> m = new LinkedHashMap<>();
    m.put(Classification.SUBJECT, jdbc.sql("select code, label, 'OTHER', active, sort_order from catalog_subject order by sort_order, code")
        .query((rs, n) -> new Term(rs.getString(1), rs.getString(2), ItemKind.OTHER, rs.getBoolean(4), rs.getInt(5))).list());
    m.put(Classification.GENRE, jdbc.sql("select code, label, kind, active, sort_order from catalog_genre order by sort_order, code")
        .query((rs, n) -> new Term(rs.getString(1), rs.getString(2), ItemKind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getInt(5)))
        .list());
    return m;
  }

  // ---------------------------------------------------------------- editing (administrators)

  /**
   * Adds an entry at the end of the list. A blank code is generated (S21, G13 …); a genre needs
   * the kind of document its items are, which cannot change later.
   */
  @Transactional
  public Term add(Classification list, String code, String label, ItemKind kind) {
    lockList(list);
    String name = label == null ? null : label.strip().replace('/', '\\');
    String key = code == null || code.isBlank() ? nextCode(list) : code.strip().toUpperCase();
    Checks checks = Checks.start();
    checks.required("label", "名称", name).maxLength("label", "名称", name, list.maxLabel);
    if (!key.matches("[A-Z0-9_]{1,20}")) {
      checks.add("code", "代码只能由字母、数字和下划线组成，不超过20个字符");
    } else if (find(list, key).filter(t -> t.code().equals(key)).isPresent()) {
      checks.add("code", "代码 " + key + " 已存在");
    }
    if (name != null && !name.isBlank()) {
      labelFree(list, name, null, checks);
    }
    if (list == Classification.GENRE && kind == null) {
      checks.add("kind", "请选择该体裁的文件类型");
    }
    checks.throwIfAny();
    int order = all(list).stream().mapToInt(Term::order).max().orElse(0) + 10;
    if (list == Classification.GENRE) {
      jdbc.sql("insert into catalog_genre (code, label, kind, sort_order) values (:c, :l, :k, :o)")
          .param("c", key).param("l", name).param("k", kind.name()).param("o", order).update();
    } else {
      jdbc.sql("insert into catalog_subject (code, label, sort_order) values (:c, :l, :o)")
          .param("c", key).param("l", name).param("o", order).update();
    }
    audit.record(action(list, "ADDED"), list.table, key, "新增" + list.label + "：" + name,
        list == Classification.GENRE ? "文件类型：" + kind.label() : null);
    changed();
    return new Term(key, name, list == Classification.GENRE ? kind : ItemKind.OTHER, true, order);
  }

  /** Renames an entry; published items that use it are indexed again under the new name. */
  @Transactional
  public void rename(Classification list, String code, String label) {
    lockList(list);
    Term term = require(list, code);
    String name = label == null ? null : label.strip().replace('/', '\\');
    Checks checks = Checks.start();
    checks.required("label", "名称", name).maxLength("label", "名称", name, list.maxLabel);
    if (name != null && !name.isBlank()) {
      labelFree(list, name, term.code(), checks);
    }
    checks.throwIfAny();
    if (name.equals(term.label())) {
      return;
    }
    jdbc.sql("update " + list.table + " set label = :l where code = :c").param("l", name).param("c", term.code()).update();
    List<Long> published = jdbc.sql("select id from catalog_item where " + list.itemColumn + " = :c and state = 'PUBLISHED'")
        .param("c", term.code()).query(Long.class).list();
    outbox.itemsChanged(published);
    audit.record(action(list, "RENAMED"), list.table, term.code(), "重命名" + list.label + "：" + term.label() + " → " + name,
        published.isEmpty() ? null : published.size() + " 条已发布信息重新索引");
    changed();
  }

  /** Moves an entry one place up (towards the top of lists and menus) or down. */
  @Transactional
  public void move(Classification list, String code, boolean up) {
    lockList(list);
    Term term = require(list, code);
    List<Term> order = new ArrayList<>(all(list));
    int at = order.indexOf(term);
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= order.size()) {
      return;
    }
    order.set(at, order.get(to));
    order.set(to, term);
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql("update " + list.table + " set sort_order = :o where code = :c").param("o", (i + 1) * 10).param("c", order.get(i).code()).update();
    }
    audit.record(action(list, "MOVED"), list.table, term.code(),
        (up ? "上移" : "下移") + list.label + "：" + term.label() + "（第 " + (to + 1) + " 位）", null);
    changed();
  }

  /**
   * Deactivates an entry: forms, imports and filters no longer offer it; items that use it keep
   * it. The last active entry of a list, and the last active genre of 规章, 规范性文件, 政策解读 or
   * 公开制度, stay.
   */
  @Transactional
  public void deactivate(Classification list, String code) {
    setActive(list, code, false);
  }

  /** Makes a deactivated entry available again. */
  @Transactional
  public void activate(Classification list, String code) {
    setActive(list, code, true);
  }

  private void setActive(Classification list, String code, boolean active) {
    lockList(list);
    Term term = require(list, code);
    String verb = active ? "启用" : "停用";
    if (term.active() == active) {
      throw new ConflictException(list.label + "“" + term.label() + "”已是" + verb + "状态");
    }
    if (!active) {
      requireAnotherActive(list, term, verb);
    }
    jdbc.sql("update " + list.table + " set active = :a where code = :c").param("a", active).param("c", term.code()).update();
    audit.record(action(list, active ? "ACTIVATED" : "DEACTIVATED"), list.table, term.code(), verb + list.label + "：" + term.label(), null);
    changed();
  }

  /** Deletes an entry that no item uses; one in use can only be deactivated. */
  @Transactional
  public void delete(Classification list, String code) {
    lockList(list);
    Term term = require(list, code);
    long used = jdbc.sql("select count(*) from catalog_item where " + list.itemColumn + " = :c").param("c", term.code())
        .query(Long.class).single();
    if (used > 0) {
      throw new ConflictException(list.label + "“" + term.label() + "”已被 " + used + " 条政府信息使用，不能删除，只能停用");
    }
    if (term.active()) {
      requireAnotherActive(list, term, "删除");
    }
    jdbc.sql("delete from " + list.table + " where code = :c").param("c", term.code()).update();
    audit.record(action(list, "DELETED"), list.table, term.code(), "删除" + list.label + "：" + term.label(), null);
    changed();
  }

  private void requireAnotherActive(Classification list, Term term, String verb) {
    List<Term> others = active(list).stream().filter(t -> !t.code().equals(term.code())).toList();
    if (others.isEmpty()) {
      throw new ConflictException("“" + term.label() + "”是最后一个启用的" + list.label + "，不能" + verb);
    }
    if (list == Classification.GENRE && REQUIRED_KINDS.contains(term.kind()) && others.stream().noneMatch(t -> t.kind() == term.kind())) {
      throw new ConflictException("“" + term.label() + "”是最后一个启用的“" + term.kind().label() + "”类体裁，不能" + verb
          + "（条例要求的信息须有体裁可选）");
    }
  }

  private void labelFree(Classification list, String name, String exceptCode, Checks checks) {
    all(list).stream().filter(t -> t.label().equals(name) && !t.code().equals(exceptCode)).findFirst()
        .ifPresent(t -> checks.add("label", "名称“" + name + "”已被" + (t.active() ? "" : "已停用的") + "代码 " + t.code() + " 使用"));
  }

  private Term require(Classification list, String code) {
    return all(list).stream().filter(t -> t.code().equals(code == null ? null : code.strip())).findFirst()
        .orElseThrow(() -> new NotFoundException("未找到该" + list.label));
  }

  private String nextCode(Classification list) {
    int max = 0;
    for (Term t : all(list)) {
      if (t.code().matches(list.codePrefix + "\\d{1,6}")) {
        max = Math.max(max, Integer.parseInt(t.code().substring(1)));
      }
    }
    return list.codePrefix + String.format("%02d", max + 1);
  }

  /** Serialises the editing of one list and reads it fresh (another instance may have changed it). */
  private void lockList(Classification list) {
    jdbc.sql("select code from " + list.table + " for update").query(String.class).list();
    cache = null;
  }

  /** Drops the cached lists now and again after the transaction ends (committed or not). */
  private void changed() {
    cache = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          cache = null;
        }
      });
    }
  }

  private static String action(Classification list, String what) {
    return "CATALOG_" + list.name() + "_" + what;
  }

  /**
   * One entry of a classification.
   *
   * @param kind for a genre, the kind of document its items are; OTHER for subjects
   * @param order position in lists and menus (ascending)
   */
  public record Term(String code, String label, ItemKind kind, boolean active, int order) {
    boolean matches(String s) {
      if (s == null) {
        return false;
      }
      String t = s.strip().replace('/', '\\');
      return code.equalsIgnoreCase(t) || label.equals(t);
    }
  }
}
