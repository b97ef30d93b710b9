package org.gongkai.catalog.internal;

import org.gongkai.catalog.Art20Category;
import org.gongkai.search.FacetLabels;
import org.springframework.stereotype.Component;

/**
 * Names the catalog's facet values in search: Art. 20 category keys by the regulation's wording,
 * 主题分类 and 体裁分类 by their current names (the index holds the names; a code is named too).
 */
@Component
class CatalogFacetLabels implements FacetLabels {

  private final Taxonomy taxonomy;

  CatalogFacetLabels(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public String label(String facet, String value) {
    return switch (facet) {
      case "category" -> {
        Art20Category c = Art20Category.fromKey(value);
        yield c == null ? null : c.label();
      }
      case "subject" -> taxonomy.find(Taxonomy.Classification.SUBJECT, value).map(Taxonomy.Term::label).orElse(null);
      case "genre" -> taxonomy.find(Taxonomy.Classification.GENRE, value).map(Taxonomy.Term::label).orElse(null);
      default -> null;
    };
  }
}
