package org.gongkai.report.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportDeadlines;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.export.ReportHtml;
import org.gongkai.report.model.Report;
import org.gongkai.report.workflow.AnnualReportWorkflow;
import org.gongkai.report.workflow.FrozenTables;
import org.gongkai.report.workflow.ReportFacts;
import org.gongkai.report.workflow.StoredReport;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office writes its report (sections 一、五、六), submits it; the supervising office publishes it. */
@Controller
class ReportEditorController {

  private final AnnualReportWorkflow workflow;
  private final AnnualReports reports;
  private final Agencies agencies;
  private final AccessPolicy access;

  ReportEditorController(AnnualReportWorkflow workflow, AnnualReports reports, Agencies agencies, AccessPolicy access) {
    this.workflow = workflow;
    this.reports = reports;
    this.agencies = agencies;
    this.access = access;
  }

  @GetMapping("/admin/annual-reports")
  String mine() {
    StaffPrincipal me = access.requireCurrent();
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
    return "redirect:/admin/annual-reports/" + me.agencyCode() + "/" + year;
  }

  @GetMapping("/admin/annual-reports/{code}/{year}")
  String editor(@PathVariable String code, @PathVariable String year, Model model) {
    access.requireSee(code);
    Agency agency = agencies.require(code);
    int y = ReportPortalController.reportYear(year);
    StoredReport stored = workflow.current(code, y).orElse(null);
    Report tables = stored != null && stored.isPublished() ? FrozenTables.thaw(stored.tablesJson())
        : reports.compile(code, y, stored == null ? ReportScope.defaultFor(agency) : ReportScope.fromKey(stored.scope()),
            stored == null ? ReportFormat.forYear(y) : stored.format());
    Report last = y > 2008 ? reports.compile(code, y - 1, ReportScope.fromKey(tables.scope()), ReportFormat.forYear(y - 1)) : null;
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("agency", agency);
    model.addAttribute("year", y);
    model.addAttribute("stored", stored);
    model.addAttribute("reportTitle", ReportHtml.title(tables));
    model.addAttribute("facts", ReportFacts.of(tables, last));
    model.addAttribute("tablesHtml", ReportHtml.tables(tables, java.util.Set.of(), java.util.Map.of()));
    model.addAttribute("reportCss", ReportHtml.CSS);
    model.addAttribute("violations", tables.violations());
    model.addAttribute("deadline", ReportDeadlines.deadline(agency, y));
    model.addAttribute("versions", workflow.versions(code, y));
    model.addAttribute("canEdit", canEdit(code));
    model.addAttribute("canPublish", canPublish(code));
    model.addAttribute("canCompareBelow", ComparisonController.canCompareBelow(agencies, access, code));
    return "report/editor";
  }

  @PostMapping("/admin/annual-reports/{code}/{year}/save")
  String save(@PathVariable String code, @PathVariable String year, @RequestParam(defaultValue = "-1") int lockVersion,
      @RequestParam(required = false) String overview, @RequestParam(required = false) String problems,
      @RequestParam(required = false) String otherMatters, RedirectAttributes redirect) {
    requireEdit(code);
    int y = ReportPortalController.reportYear(year);
    return act(code, y, redirect, () -> {
      StoredReport r = workflow.open(code, y);
      workflow.saveNarrative(r.id(), lockVersion < 0 ? r.lockVersion() : lockVersion, overview, problems, otherMatters);
      return "已保存";
    });
  }

  @PostMapping("/admin/annual-reports/{code}/{year}/submit")
  String submit(@PathVariable String code, @PathVariable String year, @RequestParam int lockVersion, RedirectAttributes redirect) {
    requireEdit(code);
    int y = ReportPortalController.reportYear(year);
    return act(code, y, redirect, () -> {
      workflow.submit(require(code, y).id(), lockVersion, access.requireCurrent().getUsername());
      return "已报送上级政务公开主管部门";
    });
  }

  @PostMapping("/admin/annual-reports/{code}/{year}/return")
  String sendBack(@PathVariable String code, @PathVariable String year, @RequestParam int lockVersion,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    requirePublish(code);
    int y = ReportPortalController.reportYear(year);
    return act(code, y, redirect, () -> {
      workflow.returnToDraft(require(code, y).id(), lockVersion, reason);
      return "已退回修改";
    });
  }

  @PostMapping("/admin/annual-reports/{code}/{year}/publish")
  String publish(@PathVariable String code, @PathVariable String year, @RequestParam int lockVersion, RedirectAttributes redirect) {
    requirePublish(code);
    int y = ReportPortalController.reportYear(year);
    return act(code, y, redirect, () -> {
      workflow.publish(require(code, y).id(), lockVersion, access.requireCurrent().getUsername());
      return "已发布，门户网站“政府信息公开年报”栏目中可见";
    });
  }

  @PostMapping("/admin/annual-reports/{code}/{year}/correct")
  String correct(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    requireEdit(code);
    int y = ReportPortalController.reportYear(year);
    return act(code, y, redirect, () -> {
      workflow.correct(code, y, note);
      return "已建立更正版本草稿；发布后替换门户上的版本，并注明更正说明";
    });
  }

  private StoredReport require(String code, int year) {
    return workflow.current(code, year).orElseThrow(() -> new ConflictException("请先保存草稿"));
  }

  private String act(String code, int year, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
    try {
      redirect.addFlashAttribute("flash", action.get());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:/admin/annual-reports/" + code + "/" + year;
  }

  private boolean canEdit(String code) {
    StaffPrincipal me = access.requireCurrent();
    return access.canSee(code) && (me.has(Role.ADMIN) || me.has(Role.SUPERVISOR) || code.equals(me.agencyCode()));
  }

  private boolean canPublish(String code) {
    StaffPrincipal me = access.requireCurrent();
    return access.canSee(code) && (me.has(Role.ADMIN) || me.has(Role.SUPERVISOR));
  }

  private void requireEdit(String code) {
    access.requireSee(code);
    if (!canEdit(code)) {
      throw new AccessDeniedException("只有本机关工作人员或上级政务公开主管部门可以编写该年度报告");
    }
  }

  private void requirePublish(String code) {
    access.requireSee(code);
    if (!canPublish(code)) {
      throw new AccessDeniedException("只有政务公开主管部门可以退回或发布年度报告");
    }
  }
}
