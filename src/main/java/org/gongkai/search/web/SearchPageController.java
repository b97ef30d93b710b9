package org.gongkai.search.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchResults.FacetCount;
import org.gongkai.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 站内搜索: the portal's search page. Bad parameters are dropped with a notice, never an error page. */
@Controller
class SearchPageController {

  private final SearchIndex index;
  private final Agencies agencies;
  private final FacetNames names;

  SearchPageController(SearchIndex index, Agencies agencies, FacetNames names) {
    this.index = index;
    this.agencies = agencies;
    this.names = names;
  }

  @Bean
  static NavigationLink searchNavigation() {
    return new NavigationLink(NavigationLink.Area.PORTAL, "search", "信息检索", "/search", 50);
  }

  /** One value of a facet as a link, under its Chinese label. */
  public record FacetLink(String label, long count, String href, boolean active) {}

  /** One facet box. */
  public record FacetView(String title, List<FacetLink> links) {}

  @GetMapping("/search")
  String search(
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
      Model model) {
    String text = q == null ? "" : (q.length() > 200 ? q.substring(0, 200) : q);
    SearchParameters params = new SearchParameters(text, agency, category, subject, genre, from, to, validity, docno, sort, page, null);
    SearchParameters.Checked checked = params.check(agencies, 10, true);
    SearchQuery query = checked.query();
    SearchResults results = index.search(query);
    model.addAttribute("nav", "search");
    model.addAttribute("q", text.strip());
    model.addAttribute("params", params);
    model.addAttribute("query", query);
    model.addAttribute("problems", checked.problems());
    model.addAttribute("results", results);
    model.addAttribute("facets", facets(results.facets(), params, query));
    model.addAttribute("validities", SearchParameters.VALIDITY);
    model.addAttribute("agencyName", query.agency() == null ? null : name(query.agency()));
    Map<String, String> chosen = new HashMap<>();
    chosen.put("category", names.label("category", query.category()));
    chosen.put("subject", names.label("subject", query.subject()));
    chosen.put("genre", names.label("genre", query.genre()));
    model.addAttribute("chosen", chosen);
    model.addAttribute("searched", !text.isBlank() || params.hasFilters());
    return "search/search";
  }

  private List<FacetView> facets(Map<String, List<FacetCount>> facets, SearchParameters params, SearchQuery query) {
    List<FacetView> views = new ArrayList<>();
    List<FacetCount> agencyCounts = facets.getOrDefault("agency", List.of());
    if (!agencyCounts.isEmpty()) {
      views.add(new FacetView("发布机构", agencyCounts.stream()
          .map(c -> new FacetLink(Objects.equals(c.value(), query.agency()) ? name(c.value()) + "（本级）" : name(c.value()),
              c.count(), params.with("agency", c.value()), false))
          .toList()));
    }
    views.add(view("公开类别", facets.get("category"), "category", query.category(), params));
    views.add(view("主题分类", facets.get("subject"), "subject", query.subject(), params));
    views.add(view("体裁分类", facets.get("genre"), "genre", query.genre(), params));
    views.add(view("效力状态", facets.get("validity"), "validity", query.validity(), params));
    List<FacetCount> years = facets.getOrDefault("year", List.of());
    if (!years.isEmpty()) {
      views.add(new FacetView("发布年份", years.stream().map(c -> new FacetLink(c.value() + "年", c.count(), params.year(c.value()), false)).toList()));
    }
    views.removeIf(v -> v.links().isEmpty());
    return views;
  }

  private FacetView view(String title, List<FacetCount> counts, String param, String selected, SearchParameters params) {
    if (counts == null) {
      return new FacetView(title, List.of());
    }
    return new FacetView(title, counts.stream()
        .map(c -> new FacetLink(names.label(param, c.value()), c.count(), params.with(param, c.value()), c.value().equals(selected)))
        .toList());
  }

  private String name(String code) {
    return agencies.find(code).map(Agency::displayName).orElse(code);
  }
}
