package org.gongkai.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gongkai.decision.internal.DecisionImporter;
import org.gongkai.decision.internal.DecisionImports;
import org.gongkai.decision.internal.ImportFailure;
import org.gongkai.decision.internal.PublicationPolicy;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.shared.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 处理决定导入: the upload page, the result of each run and its error report. */
@Controller
class DecisionAdminController {

  private final DecisionImports imports;
  private final AccessPolicy access;
  private final PublicationPolicy policy;

  DecisionAdminController(DecisionImports imports, AccessPolicy access, PublicationPolicy policy) {
    this.imports = imports;
    this.access = access;
    this.policy = policy;
  }

  @GetMapping("/admin/decisions")
  String page(@RequestParam(required = false) String tooLarge, Model model) {
    if (tooLarge != null) {
      model.addAttribute("formError", "文件超过单个文件 " + imports.maxBytes() / 1024 / 1024
          + " MB 的上限，未导入；请拆分为多个文件，或通过接口以 NDJSON 分批提交");
    }
    model.addAttribute("nav", "decisions");
    model.addAttribute("agencies", access.visibleAgencies());
    model.addAttribute("runs", imports.recent(20));
    model.addAttribute("maxMb", imports.maxBytes() / 1024 / 1024);
    model.addAttribute("policy", policy);
    model.addAttribute("decisionKinds", java.util.Arrays.stream(PowerItemKind.values()).filter(PowerItemKind::hasDecisions).toList());
    return "decision/import";
  }

  /** A file far over the limit is refused before it is read (instead of the container's 413 page). */
  @Bean
  static FilterRegistrationBean<UploadLimit> decisionImportSizeFilter(@Value("${gongkai.decisions.import.max-mb:50}") long maxMb) {
    return UploadLimit.of("/admin/decisions/import", maxMb * 1024 * 1024, "/admin/decisions?tooLarge");
  }

  @PostMapping("/admin/decisions/import")
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String agency,
      RedirectAttributes redirect) throws IOException {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("formError", "请选择要导入的文件（CSV、XLSX 或 JSON）");
      return "redirect:/admin/decisions";
    }
    if (file.getSize() > imports.maxBytes()) {
      redirect.addFlashAttribute("formError",
          "文件大小 " + (file.getSize() / 1024 / 1024) + " MB，超过单个文件 " + imports.maxBytes() / 1024 / 1024
              + " MB 的上限，未导入；请拆分为多个文件，或通过接口以 NDJSON 分批提交");
      return "redirect:/admin/decisions";
    }
    DecisionImports.Format format;
    try {
      format = DecisionImports.formatOf(file.getOriginalFilename());
    } catch (ImportFailure e) {
      redirect.addFlashAttribute("formError", e.getMessage());
      return "redirect:/admin/decisions";
    }
    String defaultAgency = agency == null || agency.isBlank() ? null : agency;
    DecisionImports.Outcome outcome;
    try (InputStream in = file.getInputStream()) {
      outcome = imports.run(in, format, file.getOriginalFilename(), defaultAgency, "上传文件");
    }
    return "redirect:/admin/decisions/imports/" + outcome.importId();
  }

  @GetMapping("/admin/decisions/imports/{id}")
  String run(@PathVariable long id, Model model) {
    model.addAttribute("nav", "decisions");
    model.addAttribute("run", imports.require(id));
    model.addAttribute("errors", imports.errors(id, 200));
    return "decision/import-result";
  }

  /** The error report: every rejected row with its column and message, as CSV for Excel (UTF-8 with BOM). */
  @GetMapping("/admin/decisions/imports/{id}/errors.csv")
  void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
    var run = imports.require(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"decision-import-" + run.id() + "-errors.csv\"");
    try (Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write("行号,列,问题\r\n");
      for (DecisionImporter.RowError e : imports.errors(id, DecisionImporter.MAX_STORED_ERRORS)) {
        w.write(e.row() + "," + csv(e.column()) + "," + csv(e.message()) + "\r\n");
      }
    }
  }

  /** An empty import template with the Chinese headers and one example row. */
  @GetMapping("/admin/decisions/template.csv")
  void template(HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"decision-import-template.csv\"");
    try (Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write("机构代码,决定类别,决定文书号,决定日期,相对人名称,相对人类别,证件号码,决定内容,依据,相对人地址,公示截止日期\r\n");
      w.write("500000B27,行政处罚,渝市监罚〔2020〕1号,2020-05-18,重庆某某商贸有限公司,法人及非法人组织,,对未取得食品经营许可从事食品经营活动的处罚，罚款5000元,《中华人民共和国食品安全法》第一百二十二条,,\r\n");
    }
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
