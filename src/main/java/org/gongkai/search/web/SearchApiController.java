package org.gongkai.search.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchResults.FacetCount;
import org.gongkai.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 全文检索接口: {@code GET /api/v1/search}. */
@RestController
class SearchApiController {

  private final SearchIndex index;
  private final Agencies agencies;
  private final FacetNames names;

  SearchApiController(SearchIndex index, Agencies agencies, FacetNames names) {
    this.index = index;
    this.agencies = agencies;
    this.names = names;
  }

  /** One hit as the API shows it. {@code agency} is the publishing agency's name. */
  record Hit(long id, String indexNumber, String title, String agency, String agencyCode, LocalDate publishedAt, String snippet,
      String titleHtml, String documentNumber, String category, String subject, String validity, String url) {}

  /**
   * A page of hits; {@code facets} only with {@code facets=true}: facet name → values with
   * {@code value} (the key to filter by), {@code count} and {@code label} (its Chinese name).
   */
  record Response(long total, int page, int size, int pages, List<Hit> hits, Map<String, List<FacetNames.Labelled>> facets) {}

  @GetMapping("/api/v1/search")
  Response search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String genre,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String validity,
      @RequestParam(required = false) String docno,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) String facets) {
    boolean withFacets = "true".equalsIgnoreCase(facets) || "1".equals(facets);
    SearchParameters params = new SearchParameters(q, agency, category, subject, genre, from, to, validity, docno, sort, page, size);
    SearchParameters.Checked checked = params.check(agencies, 10, withFacets);
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(checked.problems());
    }
    SearchResults results = index.search(checked.query());
    List<Hit> hits = results.hits().stream().map(SearchApiController::hit).toList();
    Map<String, List<FacetNames.Labelled>> facetMap = null;
    if (withFacets) {
      facetMap = new LinkedHashMap<>();
      for (Map.Entry<String, List<FacetCount>> e : results.facets().entrySet()) {
        facetMap.put(e.getKey(), names.labelled(e.getKey(), e.getValue()));
      }
    }
    return new Response(results.total(), results.page(), results.size(), results.pages(), hits, facetMap);
  }

  private static Hit hit(SearchHit h) {
    return new Hit(h.id(), h.indexNumber(), h.title(), h.agencyName(), h.agencyCode(), h.publishedOn(), h.snippet(), h.titleHtml(),
        h.documentNumber(), h.category(), h.subject(), h.validity(), "/items/" + h.id());
  }
}
