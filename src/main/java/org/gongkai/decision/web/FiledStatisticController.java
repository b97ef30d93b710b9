package org.gongkai.decision.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.decision.internal.FiledStatistics;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 统计填报: the form of an agency and year, its submission and review, and the overview. */
@Controller
class FiledStatisticController {

  private final FiledStatistics filed;
  private final AccessPolicy access;
  private final Agencies agencies;

  FiledStatisticController(FiledStatistics filed, AccessPolicy access, Agencies agencies) {
    this.filed = filed;
    this.access = access;
    this.agencies = agencies;
  }

  @GetMapping("/admin/filed-statistics")
  String form(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year, Model model) {
    String code = agency == null || agency.isBlank() ? access.requireCurrent().agencyCode() : agency;
    Agency a = agencies.require(code);
    access.requireSee(code);
    int y = year == null ? LocalDate.now().getYear() - 1 : year;
    model.addAttribute("nav", "filed-statistics");
    model.addAttribute("agency", a);
    model.addAttribute("agencies", access.visibleAgencies());
    model.addAttribute("year", y);
    model.addAttribute("fields", FiledStatistics.FIELDS);
    var filing = filed.find(code, y).orElse(null);
    model.addAttribute("filing", filing);
    model.addAttribute("canEdit", access.canEditAgency(code) && (filing == null || filing.editable()));
    model.addAttribute("canReopen", access.canEditAgency(code) && filing != null && !filing.editable());
    model.addAttribute("canReview", filed.canReview(code) && filing != null && filing.status() == FiledStatistics.Status.SUBMITTED);
    Set<String> scope = access.visibleAgencies().stream().map(Agency::code).collect(Collectors.toSet());
    model.addAttribute("overview", filed.overview(scope, y).stream().limit(500).toList());
    model.addAttribute("names", access.visibleAgencies().stream().collect(Collectors.toMap(Agency::code, Agency::displayName)));
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of());
    }
    return "decision/filed-statistic";
  }

  @PostMapping("/admin/filed-statistics")
  String save(@RequestParam String agency, @RequestParam int year, @RequestParam(required = false) Integer version,
      @RequestParam Map<String, String> params, @RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
    try {
      filed.save(agency, year, params, version);
      if ("submit".equals(action)) {
        filed.submit(agency, year);
        redirect.addFlashAttribute("flash", "已提交，等待上级政务公开主管部门审核");
      } else {
        redirect.addFlashAttribute("flash", "已保存草稿");
      }
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", PowerListAdminController.messages(e));
      redirect.addFlashAttribute("values", params);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return back(agency, year);
  }

  @PostMapping("/admin/filed-statistics/review")
  String review(@RequestParam String agency, @RequestParam int year, @RequestParam String decision,
      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    try {
      if ("approve".equals(decision)) {
        filed.approve(agency, year, comment);
        redirect.addFlashAttribute("flash", "已审核通过，填报数字将用于年度报告");
      } else {
        filed.giveBack(agency, year, comment);
        redirect.addFlashAttribute("flash", "已退回填报机关");
      }
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", PowerListAdminController.messages(e));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return back(agency, year);
  }

  @PostMapping("/admin/filed-statistics/reopen")
  String reopen(@RequestParam String agency, @RequestParam int year, RedirectAttributes redirect) {
    try {
      filed.reopen(agency, year);
      redirect.addFlashAttribute("flash", "已撤回为草稿，修改后请重新提交审核");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return back(agency, year);
  }

  private static String back(String agency, int year) {
    return "redirect:" + UriComponentsBuilder.fromPath("/admin/filed-statistics").queryParam("agency", agency).queryParam("year", year).encode().build();
  }
}
