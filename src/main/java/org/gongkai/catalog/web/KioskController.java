package org.gongkai.catalog.web;

import java.util.Map;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政府信息查阅场所 self-service view for the public reading rooms: large type, touch-sized controls,
 * one search box, no login. Results and items open in the same view, and every page returns to the
 * start after some minutes without a touch, so the next visitor begins afresh.
 */
@Controller
class KioskController {

  private static final String[] TOPICS = {
    "规范性文件", "政策解读", "财政预算", "招聘公示", "应急预案", "垃圾分类", "养老服务", "就业创业", "义务教育招生", "营商环境"
  };
  /** Hits per page: a screen of large type. */
  private static final int PAGE_SIZE = 8;
  /** Longest query taken; the rest of a very long input is ignored. */
  private static final int MAX_QUERY = 200;

  private final CatalogQueries queries;
  private final SearchIndex index;

  KioskController(CatalogQueries queries, SearchIndex index) {
    this.queries = queries;
    this.index = index;
  }

  /** The start page, or the results of {@code q}. */
  @GetMapping("/kiosk")
  String kiosk(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
    String text = q == null ? "" : q.strip();
    if (text.length() > MAX_QUERY) {
      text = text.substring(0, MAX_QUERY);
    }
    model.addAttribute("q", text);
    model.addAttribute("pageTitle", text.isEmpty() ? "政府信息查阅" : text + " - 政府信息查阅");
    model.addAttribute("topics", TOPICS);
    if (text.isEmpty()) {
      model.addAttribute("latest", queries.search(new CatalogQueries.Filter(null, null, true, null, null, null, null, null,
          ItemKind.SYSTEM, null, null, null, null, null, 0, PAGE_SIZE)).items());
      return "catalog/kiosk";
    }
    int number = Params.page(Map.of("page", page == null ? "1" : page));
    SearchResults results = index.search(SearchQuery.of(text).withPage(Math.max(1, number), PAGE_SIZE));
    model.addAttribute("results", results);
    return "catalog/kiosk";
  }

  /** One item in the kiosk's type: its metadata, text, attachments and interpretations. */
  @GetMapping("/kiosk/items/{id}")
  String item(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
    CatalogQueries.PublicItem page = queries.publicItem(id)
        .orElseThrow(() -> new NotFoundException("未找到该政府信息，或该信息尚未发布"));
    model.addAttribute("item", page.item());
    model.addAttribute("pageTitle", page.item().title());
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("attachments", page.attachments());
    model.addAttribute("interpretations", page.interpretations());
    return "catalog/kiosk-item";
  }
}
