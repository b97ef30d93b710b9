package org.gongkai.catalog.web;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.portal.DisclosureColumnContent;
import org.gongkai.portal.DisclosureSection;
import org.springframework.stereotype.Component;

/** 政府信息公开制度: the agency's published items of the genre 制度. */
@Component
class SystemColumn implements DisclosureColumnContent {

  private final CatalogQueries queries;

  SystemColumn(CatalogQueries queries) {
    this.queries = queries;
  }

  @Override
  public DisclosureSection section() {
    return DisclosureSection.SYSTEM;
  }

  @Override
  public SectionView render(Agency agency, Map<String, String> params) {
    CatalogQueries.Page page = queries.search(new CatalogQueries.Filter(
        agency.code(), null, true, null, null, null, null, ItemKind.SYSTEM, null, null, null, null, null, null,
        Params.page(params), CatalogQueries.PAGE_SIZE));
    String base = "/agencies/" + agency.code() + "/disclosure/system";
    Map<String, Object> model = new HashMap<>();
    model.put("page", page);
    model.put("feed", base + "/feed.xml");
    model.put("prevUrl", page.page() > 0 ? Params.url(base, Map.of(), page.page() - 1) : null);
    model.put("nextUrl", page.page() + 1 < page.pages() ? Params.url(base, Map.of(), page.page() + 1) : null);
    return new SectionView("catalog/column", "system", model, page.total() == 0);
  }
}
