package org.gongkai.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyTree;
import org.gongkai.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Home page, agency directory and agency pages. */
@Controller
class PortalController {

  private final Agencies agencies;
  private final Map<DisclosureSection, DisclosureColumnContent> content = new HashMap<>();

  PortalController(Agencies agencies, ObjectProvider<DisclosureColumnContent> providers) {
    this.agencies = agencies;
    providers.orderedStream().forEach(p -> content.putIfAbsent(p.section(), p));
  }

  @GetMapping("/")
  String home(Model model) {
    AgencyTree tree = agencies.tree();
    model.addAttribute("nav", "home");
    if (!tree.roots().isEmpty()) {
      Agency root = tree.roots().get(0);
      List<Agency> children = tree.children(root.code());
      model.addAttribute("root", root);
      model.addAttribute("departments", children.stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).toList());
      model.addAttribute("governments", children.stream().filter(a -> a.kind() == AgencyKind.GOVERNMENT).toList());
    }
    model.addAttribute("agencyCount", tree.size());
    model.addAttribute("sections", DisclosureSection.values());
    return "portal/home";
  }

  @GetMapping("/agencies")
  String directory(@RequestParam(required = false) String q, Model model) {
    AgencyTree tree = agencies.tree();
    model.addAttribute("nav", "agencies");
    String query = q == null ? "" : q.strip();
    if (query.length() > 50) {
      query = query.substring(0, 50);
    }
    model.addAttribute("q", query);
    if (!query.isEmpty()) {
      String needle = query;
      model.addAttribute("matches", tree.all().stream()
          .filter(a -> a.name().contains(needle) || a.displayName().contains(needle))
          .limit(200)
          .toList());
    }
    if (!tree.roots().isEmpty()) {
      Agency root = tree.roots().get(0);
      List<Agency> children = tree.children(root.code());
      model.addAttribute("root", root);
      model.addAttribute("departments", children.stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).toList());
      model.addAttribute("governments", children.stream().filter(a -> a.kind() == AgencyKind.GOVERNMENT).toList());
    }
    return "portal/agencies";
  }

  @GetMapping("/agencies/{code}")
  String agency(@PathVariable String code, Model model) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    AgencyTree tree = agencies.tree();
    List<Agency> children = tree.children(code);
    model.addAttribute("nav", "agencies");
    model.addAttribute("agency", agency);
    model.addAttribute("ancestry", tree.ancestry(code));
    model.addAttribute("childDepartments", children.stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).toList());
    model.addAttribute("childGovernments", children.stream().filter(a -> a.kind() != AgencyKind.DEPARTMENT).toList());
    model.addAttribute("sections", DisclosureSection.values());
    return "portal/agency";
  }

  @GetMapping("/agencies/{code}/disclosure/{slug}")
  String section(
      @PathVariable String code, @PathVariable String slug, @RequestParam Map<String, String> params, Model model) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    DisclosureSection section = DisclosureSection.fromSlug(slug);
    if (section == null) {
      throw new NotFoundException("该栏目不存在");
    }
    model.addAttribute("nav", "agencies");
    model.addAttribute("agency", agency);
    model.addAttribute("ancestry", agencies.tree().ancestry(code));
    model.addAttribute("sections", DisclosureSection.values());
    model.addAttribute("section", section);
    DisclosureColumnContent provider = content.get(section);
    if (section == DisclosureSection.GUIDE && provider == null) {
      model.addAttribute("guide", DisclosureGuide.of(agency, agencies.tree()));
    } else if (provider != null) {
      model.addAttribute("view", provider.render(agency, params));
    }
    return "portal/section";
  }
}
