package org.gongkai.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.DocumentNumber;
import org.gongkai.catalog.IndexNumber;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.Validity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the catalog: filtered lists for the portal and the back office, single items. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

  public static final int PAGE_SIZE = 20;

  private final CatalogRepository repository;

  CatalogQueries(CatalogRepository repository) {
    this.repository = repository;
  }

  public Optional<CatalogItem> find(long id) {
    return repository.find(id);
  }

  /**
   * Everything a public page of the item shows, read in one transaction: the item (published, or
   * withdrawn with its notice), its attachments, its published interpretations, the public document
   * it interprets, its 立改废 links and, for normative documents, its validity history.
   */
  public Optional<PublicItem> publicItem(long id) {
    return repository.find(id).filter(CatalogItem::isPublic).map(this::publicItem);
  }

  /** The public page of a public item found by its 索引号 (either written form). */
  public Optional<PublicItem> publicItemByIndexNumber(String text) {
    return findPublicByIndexNumber(text).map(this::publicItem);
  }

  private PublicItem publicItem(CatalogItem item) {
    return new PublicItem(
        item,
        repository.attachments(item.id()),
        repository.interpretationsOf(item.id()).stream().filter(CatalogItem::isPublished).toList(),
        item.interpretsId() == null ? null : repository.find(item.interpretsId()).filter(CatalogItem::isPublic).orElse(null),
        repository.links(item.id()),
        item.kind().hasValidity() ? repository.validityHistory(item.id()) : List.of());
  }

  /**
   * A public item with what its page shows.
   *
   * @param interprets the document a 政策解读 interprets, or null
   */
  public record PublicItem(CatalogItem item, List<CatalogRepository.Attachment> attachments, List<CatalogItem> interpretations,
      CatalogItem interprets, List<CatalogRepository.Link> links, List<CatalogRepository.ValidityChange> history) {}

  /** A public item by its 索引号 (either written form). */
  public Optional<CatalogItem> findPublicByIndexNumber(String text) {
    IndexNumber number;
    try {
      number = IndexNumber.parse(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return repository.findByIndexNumber(number.value()).filter(CatalogItem::isPublic);
  }

  public List<CatalogItem> interpretationsOf(long id) {
    return repository.interpretationsOf(id);
  }

  public List<CatalogRepository.Link> links(long id) {
    return repository.links(id);
  }

  public List<CatalogRepository.ValidityChange> validityHistory(long id) {
    return repository.validityHistory(id);
  }

  public List<CatalogRepository.Transition> transitions(long id) {
    return repository.transitions(id);
  }

  public List<CatalogRepository.Attachment> attachments(long id) {
    return repository.attachments(id);
  }

  public Optional<CatalogRepository.Attachment> attachment(long id) {
    return repository.attachment(id);
  }

  /** Whether a published normative document still lacks a published interpretation it needs. */
  public boolean lacksInterpretation(CatalogItem item) {
    if (!item.needsInterpretation()) {
      return false;
    }
    return repository.interpretationsOf(item.id()).stream().noneMatch(i -> i.state() == ItemState.PUBLISHED);
  }

  /** A page of items matching the filter (list rows: without their bodies). */
  public Page search(Filter f) {
    List<Object> params = new ArrayList<>();
    String where = f.where(params);
    long total = repository.count(where, params);
    int page = Math.max(0, f.page());
    int pages = (int) Math.max(1, (total + f.size() - 1) / f.size());
    if (page >= pages) {
      page = pages - 1;
    }
    List<CatalogItem> items = repository.list(where, params,
        f.publicOnly() ? "i.published_on desc, i.id desc" : "i.updated_at desc, i.id desc", f.size(), (long) page * f.size());
    return new Page(items, total, page, pages);
  }

  /**
   * Published items of the agency per Art. 20 category (every category, zero included) and per
   * 主题分类 code, counted in one pass for the column page.
   */
  public ColumnCounts columnCounts(String agencyCode) {
    Map<Art20Category, Long> categories = new LinkedHashMap<>();
    for (Art20Category c : Art20Category.values()) {
      categories.put(c, 0L);
    }
    Map<String, Long> subjects = new LinkedHashMap<>();
    repository.jdbc().sql("select category, subject_code, count(*) from catalog_item"
            + " where agency_code = :a and state = 'PUBLISHED' and kind <> 'SYSTEM' group by grouping sets ((category), (subject_code))")
        .param("a", agencyCode)
        .query(rs -> {
          if (rs.getString(1) != null) {
            categories.put(Art20Category.valueOf(rs.getString(1)), rs.getLong(3));
          } else {
            subjects.put(rs.getString(2), rs.getLong(3));
          }
        });
    return new ColumnCounts(categories, subjects);
  }

  /** Counts of a column page: per Art. 20 category, and per 主题分类 code. */
  public record ColumnCounts(Map<Art20Category, Long> categories, Map<String, Long> subjects) {}

  /** Items by their state, for the dashboard. */
  public Map<ItemState, Long> countsByState(String agencyPath) {
    Map<ItemState, Long> counts = new LinkedHashMap<>();
    for (ItemState s : ItemState.values()) {
      counts.put(s, 0L);
    }
    repository.jdbc().sql("select state, count(*) from catalog_item where agency_path like :p group by state")
        .param("p", agencyPath + "%")
        .query((rs, n) -> counts.put(ItemState.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  /**
   * A filter over the catalog.
   *
   * @param agencyCode exactly this agency (or null)
   * @param agencyPath this agency's subtree (or null)
   * @param publicOnly only published items (the portal)
   */
  public record Filter(
      String agencyCode, String agencyPath, boolean publicOnly, ItemState state, Art20Category category,
      String subject, String genre, ItemKind kind, ItemKind excludeKind, Validity validity, String text,
      String documentNumber, LocalDate from, LocalDate to, int page, int size) {

    public Filter {
      size = size <= 0 || size > 100 ? PAGE_SIZE : size;
      if (text != null) {
        text = text.strip();
        if (text.isEmpty()) {
          text = null;
        } else if (text.length() > 100) {
          text = text.substring(0, 100);
        }
      }
    }

    String where(List<Object> params) {
      StringBuilder w = new StringBuilder("true");
      if (agencyCode != null) {
        w.append(" and i.agency_code = ?");
        params.add(agencyCode);
      }
      if (agencyPath != null) {
        w.append(" and i.agency_path like ?");
        params.add(agencyPath + "%");
      }
      if (publicOnly) {
        w.append(" and i.state = 'PUBLISHED'");
      } else if (state != null) {
        w.append(" and i.state = ?");
        params.add(state.name());
      }
      if (category != null) {
        w.append(" and i.category = ?");
        params.add(category.name());
      }
      if (subject != null && !subject.isBlank()) {
        w.append(" and i.subject_code = ?");
        params.add(subject);
      }
      if (genre != null && !genre.isBlank()) {
        w.append(" and i.genre_code = ?");
        params.add(genre);
      }
      if (kind != null) {
        w.append(" and i.kind = ?");
        params.add(kind.name());
      }
      if (excludeKind != null) {
        w.append(" and i.kind <> ?");
        params.add(excludeKind.name());
      }
      if (validity != null) {
        w.append(" and i.validity = ?");
        params.add(validity.name());
      }
      if (text != null) {
        w.append(" and i.title like ?");
        params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
      if (documentNumber != null && !documentNumber.isBlank()) {
        w.append(" and i.document_number_key like ?");
        String key = DocumentNumber.normalise(documentNumber.strip());
        params.add("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
      if (from != null) {
        w.append(" and i.published_on >= ?");
        params.add(from);
      }
      if (to != null) {
        w.append(" and i.published_on <= ?");
        params.add(to);
      }
      return w.toString();
    }
  }

  /** One page of items. */
  public record Page(List<CatalogItem> items, long total, int page, int pages) {}
}
