package org.gongkai.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.catalog.internal.CatalogAccess;
import org.gongkai.catalog.internal.imports.CatalogImport;
import org.gongkai.shared.web.UploadLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 批量导入 page: upload a CSV/XLSX (and a ZIP of attachments), see the outcome, download the error report. */
@Controller
class CatalogImportController {

  /** Uploads above this are refused before they are parsed. */
  static final long MAX_UPLOAD = 60L * 1024 * 1024;

  private final CatalogImport imports;
  private final CatalogAccess access;

  CatalogImportController(CatalogImport imports, CatalogAccess access) {
    this.imports = imports;
    this.access = access;
  }

  @GetMapping("/admin/catalog/import")
  String form(@RequestParam(required = false) String tooLarge, Model model) {
    access.policy().requireCurrent();
    model.addAttribute("nav", "catalog");
    if (tooLarge != null) {
      model.addAttribute("formError", "上传的文件超过60MB，未处理。请把表格拆分成多个文件（每个不超过60MB）分批导入，附件压缩包也请分批上传。");
    }
    return "catalog/admin-import";
  }

  @PostMapping("/admin/catalog/import")
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) MultipartFile zip, Model model)
      throws IOException {
    access.policy().requireCurrent();
    model.addAttribute("nav", "catalog");
    if (file == null || file.isEmpty()) {
      model.addAttribute("formError", "请选择要导入的CSV或XLSX文件");
      return "catalog/admin-import";
    }
    Path table = Files.createTempFile("catalog-import", ".upload");
    Path archive = null;
    try {
      file.transferTo(table);
      if (zip != null && !zip.isEmpty()) {
        archive = Files.createTempFile("catalog-import", ".zip");
        zip.transferTo(archive);
      }
      CatalogImport.Result result = imports.run(file.getOriginalFilename(), table, archive);
      model.addAttribute("result", result);
      if (result.message() != null) {
        model.addAttribute("formError", result.message());
      }
      return "catalog/admin-import";
    } finally {
      Files.deleteIfExists(table);
      if (archive != null) {
        Files.deleteIfExists(archive);
      }
    }
  }

  @GetMapping("/admin/catalog/import/{id}/errors.csv")
  ResponseEntity<Resource> errors(@PathVariable long id) {
    Path file = imports.errorReport(id);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("导入错误报告-" + id + ".csv", StandardCharsets.UTF_8).build().toString())
        .body(new FileSystemResource(file));
  }

  @GetMapping(value = "/admin/catalog/import/template.csv")
  ResponseEntity<byte[]> template() {
    String csv = "\uFEFF来源编号,发布机构代码,标题,文号,索引号,成文日期,发布日期,主题分类,体裁分类,公开事项,有效性,正文,附件\r\n"
        + "A-0001,500000B03,重庆市教育委员会关于印发学前教育管理办法的通知,渝教规〔2020〕3号,,2020-03-02,2020-03-10,"
        + "\"科技、教育\",行政规范性文件,REGULATIONS,有效,<p>正文</p>,办法全文.pdf\r\n";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("政府信息导入模板.csv", StandardCharsets.UTF_8).build().toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  /** Refuses oversized uploads before anything parses them (and before the CSRF check reads the body). */
  @Bean
  static FilterRegistrationBean<UploadLimit> catalogImportSizeFilter() {
    return UploadLimit.of("/admin/catalog/import", MAX_UPLOAD, "/admin/catalog/import?tooLarge");
  }
}
