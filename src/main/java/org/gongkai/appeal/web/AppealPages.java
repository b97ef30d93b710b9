package org.gongkai.appeal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.AppealCase;
import org.gongkai.appeal.AppealCases;
import org.gongkai.appeal.CaseCategory;
import org.gongkai.appeal.CaseInput;
import org.gongkai.appeal.CaseKind;
import org.gongkai.appeal.CaseQuery;
import org.gongkai.appeal.CaseResult;
import org.gongkai.appeal.Complaint;
import org.gongkai.appeal.ComplaintChannel;
import org.gongkai.appeal.ComplaintFinding;
import org.gongkai.appeal.ComplaintInput;
import org.gongkai.appeal.ComplaintQuery;
import org.gongkai.appeal.ComplaintState;
import org.gongkai.appeal.Complaints;
import org.gongkai.appeal.LitigationRoute;
import org.gongkai.appeal.Page;
import org.gongkai.audit.AuditLog;
import org.gongkai.document.Xlsx;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 复议诉讼与投诉: the back-office pages of the registers. */
@Controller
class AppealPages {

  private static final String NAV = "appeals";

  private final AppealCases cases;
  private final Complaints complaints;
  private final Agencies agencies;
  private final AccessPolicy access;
  private final AuditLog audit;

  AppealPages(AppealCases cases, Complaints complaints, Agencies agencies, AccessPolicy access, AuditLog audit) {
    this.cases = cases;
    this.complaints = complaints;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
  }

  // --- cases ---

  @GetMapping("/admin/appeals")
  String list(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String result,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Filters f = new Filters();
    CaseQuery query = new CaseQuery(f.choice(CaseCategory.class, kind, "类别"), f.code(agency), f.year(year),
        f.choice(CaseResult.class, result, "结果"), page, 50);
    Page<AppealCase> found;
    try {
      found = cases.search(query);
    } catch (InvalidInputException e) {
      query = new CaseQuery(query.category(), null, query.year(), query.result(), 0, 50);
      found = cases.search(query);
      model.addAttribute("formError", e.getMessage());
    }
    if (f.problem() != null) {
      model.addAttribute("formError", f.problem());
    }
    model.addAttribute("nav", NAV);
    model.addAttribute("tab", "cases");
    model.addAttribute("query", query);
    model.addAttribute("result", found);
    model.addAttribute("names", names(found.items().stream().map(AppealCase::agencyCode).toList()));
    model.addAttribute("categories", CaseCategory.values());
    model.addAttribute("results", CaseResult.values());
    model.addAttribute("years", Filters.years());
    model.addAttribute("agencyOptions", access.visibleAgencies());
    model.addAttribute("canRegister", !casesWorkable().isEmpty());
    return "appeal/cases";
  }

  @GetMapping("/admin/appeals/export")
  ResponseEntity<?> export(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String result) {
    Filters f = new Filters();
    CaseQuery query = new CaseQuery(f.choice(CaseCategory.class, kind, "类别"), f.code(agency), f.year(year),
        f.choice(CaseResult.class, result, "结果"), 0, 50);
    List<AppealCase> rows;
    try {
      rows = cases.export(query);
    } catch (InvalidInputException e) {
      return badFilter(e);
    }
    Map<String, String> names = names(rows.stream().map(AppealCase::agencyCode).toList());
    List<List<Object>> table = new ArrayList<>();
    for (AppealCase c : rows) {
      List<Object> row = new ArrayList<>();
      row.add(c.id());
      row.add(c.kindLabel());
      row.add(names.get(c.agencyCode()));
      row.add(c.agencyCode());
      row.add(c.applicantName());
      row.add(c.caseNumber());
      row.add(c.requestTrackingNumber());
      row.add(c.receivedOn());
      row.add(c.decidingBody());
      row.add(c.result().label());
      row.add(c.decidedOn());
      row.add(c.reconsiderationId());
      table.add(row);
    }
    byte[] xlsx = Xlsx.write(
        List.of("编号", "类别", "被申请人（被告）", "机构代码", "申请人（原告）", "案号", "申请编号", "收到（立案）日期", "复议机关（审理法院）",
            "结果", "审结日期", "关联复议案件"),
        table, "复议诉讼案件");
    return attachment(xlsx, "复议诉讼案件.xlsx");
  }

  @GetMapping("/admin/appeals/new")
  String newCase(@RequestParam(defaultValue = "RECONSIDERATION") String kind, Model model) {
    CaseKind k = "LITIGATION".equals(kind) ? CaseKind.LITIGATION : CaseKind.RECONSIDERATION;
    return caseForm(model, CaseInput.blank(k, access.requireCurrent().agencyCode()), null, null, null);
  }

  @PostMapping("/admin/appeals/new")
  String createCase(@ModelAttribute("form") CaseInput form, BindingResult binding, Model model, RedirectAttributes flash) {
    try {
      AppealCase saved = cases.register(form);
      flash.addFlashAttribute("flash", "已登记" + saved.kindLabel() + "案件。");
      return "redirect:/admin/appeals/" + saved.id();
    } catch (InvalidInputException e) {
      return caseForm(model, form, null, errors(e), "登记失败：请按提示修改标红的字段，未保存任何内容。");
    }
  }

  @GetMapping("/admin/appeals/{id}")
  String detail(@PathVariable long id, Model model) {
    AppealCase c = cases.get(id);
    model.addAttribute("nav", NAV);
    model.addAttribute("c", c);
    model.addAttribute("agency", agencies.require(c.agencyCode()));
    model.addAttribute("canWork", cases.canWork(c));
    model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
    model.addAttribute("decisionResults", List.of(CaseResult.UPHELD, CaseResult.CORRECTED, CaseResult.OTHER));
    if (c.reconsiderationId() != null) {
      try {
        model.addAttribute("reconsideration", cases.get(c.reconsiderationId()));
      } catch (RuntimeException e) {
        model.addAttribute("reconsideration", null);
      }
    }
    if (c.kind() == CaseKind.RECONSIDERATION) {
      model.addAttribute("litigation", cases.litigationAfter(c));
    }
    model.addAttribute("history", history("appeal_case", id));
    return "appeal/case";
  }

  @GetMapping("/admin/appeals/{id}/edit")
  String editCase(@PathVariable long id, Model model) {
    AppealCase c = cases.get(id);
    if (!cases.canWork(c)) {
      throw new org.springframework.security.access.AccessDeniedException("无权修改该案件");
    }
    return caseForm(model, CaseInput.of(c), c, null, null);
  }

  @PostMapping("/admin/appeals/{id}/edit")
  String saveCase(@PathVariable long id, @ModelAttribute("form") CaseInput form, BindingResult binding, Model model,
      RedirectAttributes flash) {
    AppealCase c = cases.get(id);
    try {
      cases.update(id, form);
      flash.addFlashAttribute("flash", "案件已保存。");
      return "redirect:/admin/appeals/" + id;
    } catch (InvalidInputException e) {
      return caseForm(model, form, c, errors(e), "保存失败：请按提示修改标红的字段，未作任何修改。");
    } catch (ConflictException e) {
      return caseForm(model, form, c, null, e.getMessage());
    }
  }

  @PostMapping("/admin/appeals/{id}/decide")
  String decide(@PathVariable long id, @RequestParam(required = false) String result,
      @RequestParam(required = false) String decidedOn, @RequestParam(required = false) Integer version,
      Model model, RedirectAttributes flash) {
    try {
      cases.decide(id, result, decidedOn, version);
      flash.addFlashAttribute("flash", "已登记审结结果。");
      return "redirect:/admin/appeals/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("errors", errors(e));
      model.addAttribute("formError", "未登记审结结果：" + String.join("；", errors(e).values()));
      return detail(id, model);
    } catch (ConflictException e) {
      model.addAttribute("formError", e.getMessage());
      return detail(id, model);
    }
  }

  private String caseForm(Model model, CaseInput form, AppealCase existing, Map<String, String> errors, String formError) {
    model.addAttribute("nav", NAV);
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    model.addAttribute("litigation", "LITIGATION".equals(form.kind()));
    model.addAttribute("kindLabel", "LITIGATION".equals(form.kind()) ? "行政诉讼" : "行政复议");
    model.addAttribute("agencyOptions", casesWorkable());
    model.addAttribute("routes", LitigationRoute.values());
    model.addAttribute("results", CaseResult.values());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "appeal/case-form";
  }

  private List<Agency> casesWorkable() {
    return access.visibleAgencies().stream().filter(a -> access.canEditAgency(a.code())).toList();
  }

  // --- complaints ---

  @GetMapping("/admin/appeals/complaints")
  String complaintList(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Filters f = new Filters();
    ComplaintQuery query = new ComplaintQuery(f.code(agency), f.year(year), f.choice(ComplaintState.class, state, "状态"), page, 50);
    Page<Complaint> found;
    try {
      found = complaints.search(query);
    } catch (InvalidInputException e) {
      query = new ComplaintQuery(null, query.year(), query.state(), 0, 50);
      found = complaints.search(query);
      model.addAttribute("formError", e.getMessage());
    }
    if (f.problem() != null) {
      model.addAttribute("formError", f.problem());
    }
    List<String> codes = new ArrayList<>();
    found.items().forEach(c -> {
      codes.add(c.agencyCode());
      codes.add(c.supervisorCode());
    });
    model.addAttribute("nav", NAV);
    model.addAttribute("tab", "complaints");
    model.addAttribute("query", query);
    model.addAttribute("result", found);
    model.addAttribute("names", names(codes));
    model.addAttribute("states", ComplaintState.values());
    model.addAttribute("years", Filters.years());
    model.addAttribute("agencyOptions", complaints.filterable());
    return "appeal/complaints";
  }

  @GetMapping("/admin/appeals/complaints/export")
  ResponseEntity<?> exportComplaints(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String state) {
    Filters f = new Filters();
    ComplaintQuery query = new ComplaintQuery(f.code(agency), f.year(year), f.choice(ComplaintState.class, state, "状态"), 0, 50);
    List<Complaint> rows;
    try {
      rows = complaints.export(query);
    } catch (InvalidInputException e) {
      return badFilter(e);
    }
    List<String> codes = new ArrayList<>();
    rows.forEach(c -> {
      codes.add(c.agencyCode());
      codes.add(c.supervisorCode());
    });
    Map<String, String> names = names(codes);
    List<List<Object>> table = new ArrayList<>();
    for (Complaint c : rows) {
      List<Object> row = new ArrayList<>();
      row.add(c.id());
      row.add(c.receivedOn());
      row.add(c.channel().label());
      row.add(c.complainantName());
      row.add(names.get(c.agencyCode()));
      row.add(names.get(c.supervisorCode()));
      row.add(c.content());
      row.add(c.state().label());
      row.add(c.finding() == null ? null : c.finding().label());
      row.add(c.answeredOn());
      table.add(row);
    }
    byte[] xlsx = Xlsx.write(
        List.of("编号", "收到日期", "渠道", "投诉举报人", "被投诉机关", "受理机关", "内容", "状态", "核查结论", "答复日期"),
        table, "投诉举报");
    return attachment(xlsx, "投诉举报.xlsx");
  }

  @GetMapping("/admin/appeals/complaints/new")
  String newComplaint(Model model) {
    access.requireCurrent();
    return complaintForm(model, new ComplaintInput(null, null, null, ComplaintChannel.LETTER.name(), null, null, null), null, null, null);
  }

  @PostMapping("/admin/appeals/complaints/new")
  String createComplaint(@ModelAttribute("form") ComplaintInput form, BindingResult binding, Model model, RedirectAttributes flash) {
    try {
      Complaint saved = complaints.receive(form);
      flash.addFlashAttribute("flash", "投诉举报已受理登记。");
      return "redirect:/admin/appeals/complaints/" + saved.id();
    } catch (InvalidInputException e) {
      return complaintForm(model, form, null, errors(e), "登记失败：请按提示修改标红的字段，未保存任何内容。");
    }
  }

  @GetMapping("/admin/appeals/complaints/{id}")
  String complaint(@PathVariable long id, Model model) {
    Complaint c = complaints.get(id);
    model.addAttribute("nav", NAV);
    model.addAttribute("c", c);
    model.addAttribute("agency", agencies.require(c.agencyCode()));
    model.addAttribute("supervisor", agencies.require(c.supervisorCode()));
    model.addAttribute("canWork", complaints.canWork(c));
    model.addAttribute("findings", ComplaintFinding.values());
    model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
    model.addAttribute("history", history("complaint", id));
    return "appeal/complaint";
  }

  @GetMapping("/admin/appeals/complaints/{id}/edit")
  String editComplaint(@PathVariable long id, Model model) {
    Complaint c = complaints.get(id);
    if (!complaints.canWork(c)) {
      throw new org.springframework.security.access.AccessDeniedException("无权修改该投诉举报");
    }
    return complaintForm(model, ComplaintInput.of(c), c, null, null);
  }

  @PostMapping("/admin/appeals/complaints/{id}/edit")
  String saveComplaint(@PathVariable long id, @ModelAttribute("form") ComplaintInput form, BindingResult binding, Model model,
      RedirectAttributes flash) {
    Complaint c = complaints.get(id);
    try {
      complaints.update(id, form);
      flash.addFlashAttribute("flash", "投诉举报登记信息已保存。");
      return "redirect:/admin/appeals/complaints/" + id;
    } catch (InvalidInputException e) {
      return complaintForm(model, form, c, errors(e), "保存失败：请按提示修改标红的字段，未作任何修改。");
    } catch (ConflictException e) {
      return complaintForm(model, form, c, null, e.getMessage());
    }
  }

  @PostMapping("/admin/appeals/complaints/{id}/investigate")
  String investigate(@PathVariable long id, @RequestParam(required = false) String startedOn,
      @RequestParam(required = false) Integer version, Model model, RedirectAttributes flash) {
    try {
      complaints.startInvestigation(id, startedOn, version);
      flash.addFlashAttribute("flash", "已开始调查核实。");
      return "redirect:/admin/appeals/complaints/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("errors", errors(e));
      model.addAttribute("formError", "未能开始调查核实：" + String.join("；", errors(e).values()));
      return complaint(id, model);
    } catch (ConflictException e) {
      model.addAttribute("formError", e.getMessage());
      return complaint(id, model);
    }
  }

  @PostMapping("/admin/appeals/complaints/{id}/answer")
  String answer(@PathVariable long id, @RequestParam(required = false) String finding,
      @RequestParam(required = false) String answer, @RequestParam(required = false) String answeredOn,
      @RequestParam(required = false) Integer version, Model model, RedirectAttributes flash) {
    try {
      complaints.answer(id, finding, answer, answeredOn, version);
      flash.addFlashAttribute("flash", "已答复投诉举报人。");
      return "redirect:/admin/appeals/complaints/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("errors", errors(e));
      model.addAttribute("formError", "未答复：" + String.join("；", errors(e).values()));
      model.addAttribute("answerDraft", answer != null && answer.length() <= 5000 ? answer : null);
      return complaint(id, model);
    } catch (ConflictException e) {
      model.addAttribute("formError", e.getMessage());
      return complaint(id, model);
    }
  }

  private String complaintForm(Model model, ComplaintInput form, Complaint existing, Map<String, String> errors, String formError) {
    model.addAttribute("nav", NAV);
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    // the agencies whose supervisor the current member of staff works for
    model.addAttribute("agencyOptions", complaints.complainable());
    model.addAttribute("channels", ComplaintChannel.values());
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    return "appeal/complaint-form";
  }

  // --- helpers ---

  private List<AuditLog.AuditEntry> history(String type, long id) {
    return audit.search(new AuditLog.AuditQuery(null, null, type, String.valueOf(id), null, null, 0, 100)).entries();
  }

  private Map<String, String> names(List<String> codes) {
    Map<String, String> names = new HashMap<>();
    var tree = agencies.tree();
    for (String code : codes) {
      names.computeIfAbsent(code, c -> tree.find(c).map(Agency::name).orElse(c));
    }
    return names;
  }

  static Map<String, String> errors(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (InvalidInputException.FieldProblem p : e.problems()) {
      errors.merge(p.field() == null ? "_" : p.field(), p.message(), (a, b) -> a + "；" + b);
    }
    return errors;
  }

  private static ResponseEntity<String> badFilter(InvalidInputException e) {
    return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body("无法导出：" + e.getMessage());
  }

  private static ResponseEntity<byte[]> attachment(byte[] body, String filename) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(body);
  }
}
