package org.gongkai.decision.web;

import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.PowerLists;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public 权力清单 of an agency, and the index of agencies with lists and decisions. */
@Controller
class PowerListPortalController {

  private final PowerLists lists;
  private final Agencies agencies;
  private final JdbcClient jdbc;

  PowerListPortalController(PowerLists lists, Agencies agencies, JdbcClient jdbc) {
    this.lists = lists;
    this.agencies = agencies;
    this.jdbc = jdbc;
  }

  @GetMapping("/agencies/{code}/power-list")
  String list(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    List<Integer> years = lists.years(code);
    int y = year != null ? year : years.isEmpty() ? java.time.LocalDate.now().getYear() : years.get(0);
    model.addAttribute("nav", "decisions");
    model.addAttribute("agency", agency);
    model.addAttribute("ancestry", agencies.tree().ancestry(code));
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("list", lists.find(code, y).orElse(null));
    model.addAttribute("kinds", PowerItemKind.values());
    return "decision/power-list-public";
  }

  /** One agency of the index: whether it has a list and whether it publishes decisions here. */
  record Entry(Agency agency, boolean hasList, boolean hasDecisions) {}

  @GetMapping("/decisions")
  String index(Model model) {
    java.util.Set<String> withList = new java.util.HashSet<>(jdbc.sql("select distinct agency_code from power_list").query(String.class).list());
    // one index probe per agency: no count over millions of rows
    java.util.Set<String> published = new java.util.HashSet<>(jdbc.sql(
            "select a.code from agency a where exists (select 1 from decision d where d.agency_code = a.code and not d.withdrawn)")
        .query(String.class).list());
    List<Entry> entries = agencies.tree().all().stream()
        .filter(a -> withList.contains(a.code()) || published.contains(a.code()))
        .map(a -> new Entry(a, withList.contains(a.code()), published.contains(a.code())))
        .toList();
    model.addAttribute("nav", "decisions");
    model.addAttribute("entries", entries);
    return "decision/index";
  }
}
