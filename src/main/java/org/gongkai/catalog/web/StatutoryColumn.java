package org.gongkai.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.Validity;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.catalog.internal.Taxonomy;
import org.gongkai.portal.DisclosureColumnContent;
import org.gongkai.portal.DisclosureSection;
import org.springframework.stereotype.Component;

/** 法定主动公开内容: the agency's published items by Art. 20 category and by 主题分类, with filters and paging. */
@Component
class StatutoryColumn implements DisclosureColumnContent {

  private final CatalogQueries queries;
  private final Taxonomy taxonomy;

  StatutoryColumn(CatalogQueries queries, Taxonomy taxonomy) {
    this.queries = queries;
    this.taxonomy = taxonomy;
  }

  @Override
  public DisclosureSection section() {
    return DisclosureSection.STATUTORY;
  }

  @Override
  public SectionView render(Agency agency, Map<String, String> raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String k : new String[] {"category", "subject", "genre", "validity", "q", "documentNumber", "from", "to"}) {
      String v = Params.text(raw, k, 100);
      if (v != null) {
        params.put(k, v);
      }
    }
    Art20Category category = Art20Category.fromKey(params.get("category"));
    Validity validity = Params.enumValue(Validity.class, params.get("validity"));
    CatalogQueries.Page page = queries.search(new CatalogQueries.Filter(
        agency.code(), null, true, null, category, params.get("subject"), params.get("genre"), null, ItemKind.SYSTEM,
        validity, params.get("q"), params.get("documentNumber"), Params.date(raw, "from"), Params.date(raw, "to"),
        Params.page(raw), CatalogQueries.PAGE_SIZE));
    String base = "/agencies/" + agency.code() + "/disclosure/statutory";
    Map<String, Object> model = new HashMap<>();
    model.put("page", page);
    CatalogQueries.ColumnCounts counts = queries.columnCounts(agency.code());
    model.put("categoryCounts", counts.categories());
    model.put("subjectCounts", counts.subjects());
    model.put("subjects", taxonomy.subjects());
    model.put("genres", taxonomy.genres().stream().filter(g -> g.kind() != ItemKind.SYSTEM).toList());
    model.put("validities", Validity.values());
    model.put("category", category);
    model.put("filter", params);
    model.put("base", base);
    model.put("feed", base + "/feed.xml" + (category != null ? "?category=" + category.name()
        : params.containsKey("subject") ? "?subject=" + URLEncoder.encode(params.get("subject"), StandardCharsets.UTF_8) : ""));
    model.put("prevUrl", page.page() > 0 ? Params.url(base, params, page.page() - 1) : null);
    model.put("nextUrl", page.page() + 1 < page.pages() ? Params.url(base, params, page.page() + 1) : null);
    model.put("by", "subject".equals(raw.get("by")) || params.containsKey("subject") ? "subject" : "category");
    return new SectionView("catalog/column", "statutory", model, page.total() == 0 && params.isEmpty());
  }
}
