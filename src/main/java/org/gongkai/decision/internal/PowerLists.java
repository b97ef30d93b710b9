package org.gongkai.decision.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.audit.AuditLog;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 权力清单和公共服务事项清单, one per agency and year. A year's list usually starts as a copy of the
 * previous year's and is then edited; the report compares the two lists' counts per kind.
 */
@Service
public class PowerLists {

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Agencies agencies;
  private final AuditLog audit;

  PowerLists(JdbcClient jdbc, AccessPolicy access, Agencies agencies, AuditLog audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
  }

  /** One item of a list. */
  public record Item(long id, PowerItemKind kind, String itemCode, String name, String legalBasis) {}

  /** A list with its items in kind and code order. */
  public record PowerList(long id, String agencyCode, int year, Integer copiedFromYear, List<Item> items) {
    public Map<PowerItemKind, List<Item>> byKind() {
      Map<PowerItemKind, List<Item>> map = new EnumMap<>(PowerItemKind.class);
      for (Item i : items) {
        map.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
      }
      return map;
    }
  }

  /** What a form submits for an item. */
  public record ItemForm(String kind, String itemCode, String name, String legalBasis) {
    PowerItemKind check() {
      Checks checks = Checks.start()
          .required("itemCode", "事项编码", itemCode).maxLength("itemCode", "事项编码", itemCode, 60)
          .required("name", "事项名称", name).maxLength("name", "事项名称", name, 300)
          .maxLength("legalBasis", "设定依据", legalBasis, 4000);
      PowerItemKind k = PowerItemKind.parse(kind);
      if (k == null) {
        checks.add("kind", "请选择事项类别");
      }
      checks.throwIfAny();
      return k;
    }
  }

  /** The years that have a list for the agency, newest first. */
  @Transactional(readOnly = true)
  public List<Integer> years(String agencyCode) {
    return jdbc.sql("select year from power_list where agency_code = ? order by year desc").param(agencyCode).query(Integer.class).list();
  }

  @Transactional(readOnly = true)
  public Optional<PowerList> find(String agencyCode, int year) {
    return jdbc.sql("select id, copied_from_year from power_list where agency_code = ? and year = ?")
        .params(agencyCode, year)
        .query((rs, n) -> new PowerList(rs.getLong(1), agencyCode, year, (Integer) rs.getObject(2), items(rs.getLong(1))))
        .optional();
  }

  private List<Item> items(long listId) {
    return jdbc.sql("select id, kind, item_code, name, legal_basis from power_item where list_id = ? order by kind, sort_order, item_code")
        .param(listId)
        .query((rs, n) -> new Item(rs.getLong(1), PowerItemKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(Item::kind).thenComparing(Item::itemCode))
        .toList();
  }

  /**
   * Starts the agency's list for the year: a copy of the previous year's list if {@code copy}
   * (which must exist), else empty.
   */
  @Transactional
  public PowerList create(String agencyCode, int year, boolean copy) {
    agencies.require(agencyCode);
    access.requireEditAgency(agencyCode);
    checkYear(year);
    if (find(agencyCode, year).isPresent()) {
      throw new ConflictException(year + " 年度的清单已经存在，请直接编辑");
    }
    Optional<PowerList> previous = copy ? find(agencyCode, year - 1) : Optional.empty();
    if (copy && previous.isEmpty()) {
      throw new InvalidInputException("year", (year - 1) + " 年度没有清单，无法复制；可以新建空清单");
    }
    long id;
    try {
      id = jdbc.sql("insert into power_list (agency_code, year, copied_from_year) values (?, ?, ?) returning id")
          .params(agencyCode, year, copy ? year - 1 : null)
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException e) {
      throw new ConflictException(year + " 年度的清单已经存在，请刷新页面");
    }
    int copied = 0;
    if (previous.isPresent()) {
      copied = jdbc.sql(
              "insert into power_item (list_id, kind, item_code, name, legal_basis, sort_order)"
                  + " select ?, kind, item_code, name, legal_basis, sort_order from power_item where list_id = ?")
          .params(id, previous.get().id())
          .update();
    }
    audit.record(
        "POWER_LIST_CREATED", "power_list", agencyCode + "/" + year,
        copy ? "复制 " + (year - 1) + " 年度清单新建 " + year + " 年度权力清单（" + copied + " 项）" : "新建 " + year + " 年度空白权力清单",
        null);
    return find(agencyCode, year).orElseThrow();
  }

  @Transactional
  public Item addItem(String agencyCode, int year, ItemForm form) {
    access.requireEditAgency(agencyCode);
    PowerItemKind kind = form.check();
    PowerList list = find(agencyCode, year).orElseThrow(() -> new NotFoundException(year + " 年度还没有清单，请先新建"));
    long id;
    try {
      id = jdbc.sql("insert into power_item (list_id, kind, item_code, name, legal_basis) values (?, ?, ?, ?, ?) returning id")
          .params(list.id(), kind.name(), form.itemCode().strip(), form.name().strip(), blankToNull(form.legalBasis()))
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException("itemCode", "本清单中已有编码为“" + form.itemCode().strip() + "”的事项");
    }
    touch(list.id());
    audit.record("POWER_ITEM_ADDED", "power_item", String.valueOf(id),
        agencyCode + " " + year + " 年度清单新增" + kind.label() + "事项：" + form.name().strip(), "编码 " + form.itemCode().strip());
    return new Item(id, kind, form.itemCode().strip(), form.name().strip(), blankToNull(form.legalBasis()));
  }

  @Transactional
  public void updateItem(long itemId, ItemForm form) {
    ItemRef ref = ref(itemId);
    access.requireEditAgency(ref.agencyCode());
    PowerItemKind kind = form.check();
    try {
      jdbc.sql("update power_item set kind = ?, item_code = ?, name = ?, legal_basis = ? where id = ?")
          .params(kind.name(), form.itemCode().strip(), form.name().strip(), blankToNull(form.legalBasis()), itemId)
          .update();
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException("itemCode", "本清单中已有编码为“" + form.itemCode().strip() + "”的事项");
    }
    touch(ref.listId());
    audit.record("POWER_ITEM_UPDATED", "power_item", String.valueOf(itemId),
        ref.agencyCode() + " " + ref.year() + " 年度清单修改事项：" + form.name().strip(),
        "原：" + ref.kind().label() + " " + ref.itemCode() + " " + ref.name() + "；现：" + kind.label() + " " + form.itemCode().strip() + " " + form.name().strip());
  }

  @Transactional
  public ItemRef removeItem(long itemId) {
    ItemRef ref = ref(itemId);
    access.requireEditAgency(ref.agencyCode());
    jdbc.sql("delete from power_item where id = ?").param(itemId).update();
    touch(ref.listId());
    audit.record("POWER_ITEM_REMOVED", "power_item", String.valueOf(itemId),
        ref.agencyCode() + " " + ref.year() + " 年度清单删除" + ref.kind().label() + "事项：" + ref.name(), "编码 " + ref.itemCode());
    return ref;
  }

  /** An item with the list it belongs to. */
  public record ItemRef(long id, long listId, String agencyCode, int year, PowerItemKind kind, String itemCode, String name, String legalBasis) {}

  @Transactional(readOnly = true)
  public ItemRef ref(long itemId) {
    return jdbc.sql(
            "select i.id, l.id, l.agency_code, l.year, i.kind, i.item_code, i.name, i.legal_basis"
                + " from power_item i join power_list l on l.id = i.list_id where i.id = ?")
        .param(itemId)
        .query((rs, n) -> new ItemRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
            PowerItemKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
        .optional()
        .orElseThrow(() -> new NotFoundException("未找到该清单事项"));
  }

  /**
   * Item counts per year, agency and kind in the agencies' lists of the years {@code from} to
   * {@code to}, in one query; agencies without a list of a year are absent from that year.
   */
  @Transactional(readOnly = true)
  public Map<Integer, Map<String, Map<PowerItemKind, Long>>> counts(Set<String> agencyCodes, int from, int to) {
    Map<Integer, Map<String, Map<PowerItemKind, Long>>> counts = new HashMap<>();
    for (int y = from; y <= to; y++) {
      counts.put(y, new HashMap<>());
    }
    // count(i.kind), not count(i.id): the kind is in the index, so the items are counted from it alone
    jdbc.sql("select l.year, l.agency_code, i.kind, count(i.kind) from power_list l left join power_item i on i.list_id = l.id"
            + " where l.agency_code = any(?) and l.year between ? and ? group by l.year, l.agency_code, i.kind")
        .params(agencyCodes.toArray(String[]::new), from, to)
        .query(rs -> {
          Map<PowerItemKind, Long> m = counts.get(rs.getInt(1))
              .computeIfAbsent(rs.getString(2), k -> new EnumMap<>(PowerItemKind.class));
          if (rs.getString(3) != null) {
            m.put(PowerItemKind.valueOf(rs.getString(3)), rs.getLong(4));
          }
        });
    return counts;
  }

  private void touch(long listId) {
    jdbc.sql("update power_list set updated_at = now() where id = ?").param(listId).update();
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "年度应在 2000 至 2100 之间");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
