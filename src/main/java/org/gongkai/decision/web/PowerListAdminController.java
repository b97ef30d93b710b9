package org.gongkai.decision.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.PowerLists;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 权力清单 in the back office: one agency's list of a year, its items, copying last year's. */
@Controller
class PowerListAdminController {

  private final PowerLists lists;
  private final AccessPolicy access;
  private final Agencies agencies;

  PowerListAdminController(PowerLists lists, AccessPolicy access, Agencies agencies) {
    this.lists = lists;
    this.access = access;
    this.agencies = agencies;
  }

  @GetMapping("/admin/power-lists")
  String list(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year, Model model) {
    String code = agency == null || agency.isBlank() ? access.requireCurrent().agencyCode() : agency;
    Agency a = agencies.require(code);
    access.requireSee(code);
    List<Integer> years = lists.years(code);
    int y = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
    model.addAttribute("nav", "power-lists");
    model.addAttribute("agency", a);
    model.addAttribute("agencies", access.visibleAgencies());
    model.addAttribute("year", y);
    model.addAttribute("years", years);
    model.addAttribute("kinds", PowerItemKind.values());
    model.addAttribute("canEdit", access.canEditAgency(code));
    var list = lists.find(code, y);
    model.addAttribute("list", list.orElse(null));
    model.addAttribute("hasPrevious", lists.find(code, y - 1).isPresent());
    Map<PowerItemKind, long[]> counts = new EnumMap<>(PowerItemKind.class);
    lists.find(code, y - 1).ifPresent(p -> p.items().forEach(i -> counts.computeIfAbsent(i.kind(), k -> new long[2])[0]++));
    list.ifPresent(p -> p.items().forEach(i -> counts.computeIfAbsent(i.kind(), k -> new long[2])[1]++));
    model.addAttribute("counts", counts);
    return "decision/power-list-admin";
  }

  @PostMapping("/admin/power-lists/create")
  String create(@RequestParam String agency, @RequestParam int year, @RequestParam(defaultValue = "false") boolean copy, RedirectAttributes redirect) {
    try {
      var list = lists.create(agency, year, copy);
      redirect.addFlashAttribute("flash", copy ? "已复制 " + (year - 1) + " 年度清单（" + list.items().size() + " 项），请在此基础上修改" : "已新建空白清单");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return back(agency, year);
  }

  @PostMapping("/admin/power-lists/items")
  String add(@RequestParam String agency, @RequestParam int year, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String itemCode, @RequestParam(required = false) String name,
      @RequestParam(required = false) String legalBasis, RedirectAttributes redirect) {
    try {
      var item = lists.addItem(agency, year, new PowerLists.ItemForm(kind, itemCode, name, legalBasis));
      redirect.addFlashAttribute("flash", "已新增事项：" + item.name());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", messages(e));
    }
    return back(agency, year);
  }

  @GetMapping("/admin/power-lists/items/{id}")
  String edit(@PathVariable long id, Model model) {
    var ref = lists.ref(id);
    access.requireEditAgency(ref.agencyCode());
    model.addAttribute("nav", "power-lists");
    model.addAttribute("item", ref);
    model.addAttribute("agency", agencies.require(ref.agencyCode()));
    model.addAttribute("kinds", PowerItemKind.values());
    return "decision/power-item-edit";
  }

  @PostMapping("/admin/power-lists/items/{id}")
  String update(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) String name, @RequestParam(required = false) String legalBasis, RedirectAttributes redirect) {
    var ref = lists.ref(id);
    try {
      lists.updateItem(id, new PowerLists.ItemForm(kind, itemCode, name, legalBasis));
      redirect.addFlashAttribute("flash", "已保存事项：" + name.strip());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", messages(e));
      return "redirect:/admin/power-lists/items/" + id;
    }
    return back(ref.agencyCode(), ref.year());
  }

  @PostMapping("/admin/power-lists/items/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    var ref = lists.removeItem(id);
    redirect.addFlashAttribute("flash", "已删除事项：" + ref.name());
    return back(ref.agencyCode(), ref.year());
  }

  private static String back(String agency, int year) {
    return "redirect:" + UriComponentsBuilder.fromPath("/admin/power-lists").queryParam("agency", agency).queryParam("year", year).encode().build();
  }

  static String messages(InvalidInputException e) {
    return String.join("；", e.problems().stream().map(InvalidInputException.FieldProblem::message).toList());
  }
}
