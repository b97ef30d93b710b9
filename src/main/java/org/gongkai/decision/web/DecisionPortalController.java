package org.gongkai.decision.web;

import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.Decisions;
import org.gongkai.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public list of an agency's decisions (双公示), searchable and paged. */
@Controller
class DecisionPortalController {

  private final Decisions decisions;
  private final Agencies agencies;

  DecisionPortalController(Decisions decisions, Agencies agencies) {
    this.decisions = decisions;
    this.agencies = agencies;
  }

  @GetMapping("/agencies/{code}/decisions")
  String list(@PathVariable String code, @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    PowerItemKind k = PowerItemKind.parse(kind);
    if (k != null && !k.hasDecisions()) {
      k = null;
    }
    Decisions.Page result = decisions.search(new Decisions.Query(code, k, q, from, to, page, 20));
    model.addAttribute("nav", "decisions");
    model.addAttribute("agency", agency);
    model.addAttribute("ancestry", agencies.tree().ancestry(code));
    model.addAttribute("result", result);
    model.addAttribute("kind", k == null ? "" : k.name());
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("kinds", Arrays.stream(PowerItemKind.values()).filter(PowerItemKind::hasDecisions).toList());
    UriComponentsBuilder base = UriComponentsBuilder.fromPath("/agencies/" + code + "/decisions");
    if (k != null) {
      base.queryParam("kind", k.name());
    }
    if (q != null && !q.isBlank()) {
      base.queryParam("q", q.strip());
    }
    if (from != null) {
      base.queryParam("from", from);
    }
    if (to != null) {
      base.queryParam("to", to);
    }
    model.addAttribute("baseUrl", base.encode().build().toUriString());
    return "decision/decisions-public";
  }
}
