package org.gongkai.report.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.report.ReportValidation;
import org.gongkai.report.export.ReportHtml;
import org.gongkai.report.model.CellWarning;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Report;
import org.gongkai.report.model.Violation;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back-office pages: check one published report, or many at once (supervisors). */
@Controller
class ReportAdminController {

  /** The rules shown as columns of the batch table. */
  static final List<String> RULES = List.of("requests.balance", "requests.handledTotal", "requests.columnTotal", "appeals.total");
  static final Map<String, String> RULE_LABELS = Map.of(
      "requests.balance", "新收＋结转＝办结＋结转下年",
      "requests.handledTotal", "（七）总计＝各项之和",
      "requests.columnTotal", "总计列＝各列之和",
      "appeals.total", "复议诉讼总计");
  private static final int MAX_FILES = 50;

  private final ReportValidation validation;
  private final AccessPolicy access;

  ReportAdminController(ReportValidation validation, AccessPolicy access) {
    this.validation = validation;
    this.access = access;
  }

  @GetMapping("/admin/annual-reports/validate")
  String form(Model model) {
    access.requireCurrent();
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("canBatch", canBatch());
    return "report/validate";
  }

  @PostMapping("/admin/annual-reports/validate")
  String validate(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
    access.requireCurrent();
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("canBatch", canBatch());
    if (file == null || file.isEmpty()) {
      model.addAttribute("formError", "请选择要检查的年度报告文件（文本、网页、DOCX 或 PDF）");
      return "report/validate";
    }
    try {
      if (file.getSize() > ReportFiles.MAX_BYTES) {
        throw new ReportFiles.TooLargeException("文件超过 " + (ReportFiles.MAX_BYTES / 1024 / 1024) + " MB 的上限");
      }
      long start = System.nanoTime();
      Report report = validation.validate(file.getBytes(), file.getOriginalFilename());
      model.addAttribute("millis", (System.nanoTime() - start) / 1_000_000);
      model.addAttribute("fileName", file.getOriginalFilename());
      model.addAttribute("report", report);
      model.addAttribute("violations", report.violations());
      model.addAttribute("warnings", report.warnings().stream()
          .map(w -> new ShownWarning(w.cell(), describe(report, w), w.message())).toList());
      Set<String> violated = new HashSet<>();
      report.violations().forEach(v -> violated.addAll(v.cells()));
      Map<String, String> warned = new LinkedHashMap<>();
      for (CellWarning w : report.warnings()) {
        warned.putIfAbsent(w.cell(), w.message());
      }
      model.addAttribute("tablesHtml", ReportHtml.tables(report, violated, warned));
      model.addAttribute("reportCss", ReportHtml.CSS);
    } catch (InvalidInputException | ReportFiles.TooLargeException e) {
      model.addAttribute("formError", "无法检查“" + file.getOriginalFilename() + "”：" + e.getMessage());
    }
    return "report/validate";
  }

  /** A warning with the cell named in words. */
  record ShownWarning(String cell, String where, String message) {}

  private static String describe(Report report, CellWarning w) {
    String cell = w.cell();
    if (cell.startsWith("proactive.") || cell.startsWith("requests.") || cell.startsWith("appeals.")) {
      int dots = cell.length() - cell.replace(".", "").length();
      if ((cell.startsWith("proactive.") && dots == 2) || (cell.startsWith("appeals.") && dots == 2)
          || (cell.startsWith("requests.") && Layout.REQUEST_COLUMNS.stream().anyMatch(c -> cell.endsWith("." + c.key())))) {
        return Layout.describe(report.format(), cell);
      }
    }
    return switch (cell) {
      case "proactive" -> "主动公开表";
      case "requests" -> "依申请公开表";
      case "appeals" -> "复议诉讼表";
      case "format" -> "格式";
      case "year" -> "年度";
      case "agency.name" -> "机关名称";
      default -> cell;
    };
  }

  @GetMapping("/admin/annual-reports/batch")
  String batchForm(Model model) {
    requireBatch();
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("rules", RULES);
    model.addAttribute("ruleLabels", RULE_LABELS);
    return "report/batch";
  }

  /** One file of a batch: what was read and how many violations of each rule. */
  record BatchRow(String file, String agency, Integer year, String format, Map<String, Integer> counts, int warnings,
      String error, List<String> messages) {

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @PostMapping("/admin/annual-reports/batch")
  String batch(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
    requireBatch();
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("rules", RULES);
    model.addAttribute("ruleLabels", RULE_LABELS);
    List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (given.isEmpty()) {
      model.addAttribute("formError", "请选择要检查的年度报告文件（可一次选择多个）");
      return "report/batch";
    }
    if (given.size() > MAX_FILES) {
      model.addAttribute("formError", "一次最多检查 " + MAX_FILES + " 个文件，本次选择了 " + given.size() + " 个");
      return "report/batch";
    }
    List<BatchRow> rows = new ArrayList<>();
    for (MultipartFile f : given) {
      try {
        if (f.getSize() > ReportFiles.MAX_BYTES) {
          throw new ReportFiles.TooLargeException("文件超过 " + (ReportFiles.MAX_BYTES / 1024 / 1024) + " MB 的上限");
        }
        Report r = validation.validate(f.getBytes(), f.getOriginalFilename());
        Map<String, Integer> counts = new LinkedHashMap<>();
        RULES.forEach(rule -> counts.put(rule, 0));
        List<String> messages = new ArrayList<>();
        for (Violation v : r.violations()) {
          counts.merge(v.rule(), 1, Integer::sum);
          messages.add(v.message());
        }
        rows.add(new BatchRow(f.getOriginalFilename(), r.agencyName(), r.year() == 0 ? null : r.year(), r.format().key(),
            counts, r.warnings().size(), null, messages));
      } catch (InvalidInputException | ReportFiles.TooLargeException e) {
        rows.add(new BatchRow(f.getOriginalFilename(), null, null, null, Map.of(), 0, e.getMessage(), List.of()));
      }
    }
    model.addAttribute("rows", rows);
    model.addAttribute("broken", rows.stream().filter(r -> r.error() == null && r.total() > 0).count());
    return "report/batch";
  }

  private boolean canBatch() {
    StaffPrincipal me = access.requireCurrent();
    return me.has(Role.SUPERVISOR) || me.has(Role.ADMIN);
  }

  private void requireBatch() {
    if (!canBatch()) {
      throw new AccessDeniedException("批量检查年度报告仅限政务公开主管部门和系统管理员使用");
    }
  }
}
