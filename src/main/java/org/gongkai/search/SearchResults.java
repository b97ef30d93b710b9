package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total exact number of matching items
 * @param facets facet name (category, subject, genre, year, agency, validity) → values with counts; empty
 *     unless asked for. The agency facet counts the children of the filtered agency (or of the
 *     top agency); the filtered agency's own items appear under its own code.
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  public int pages() {
    return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_DEPTH / size);
  }

  /** One value of a facet. */
  public record FacetCount(String value, long count) {}
}
