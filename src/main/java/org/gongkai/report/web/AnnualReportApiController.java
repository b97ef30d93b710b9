package org.gongkai.report.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.ReportValidation;
import org.gongkai.report.model.Report;
import org.gongkai.report.model.ReportJson;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.shared.ApiError;
import org.gongkai.shared.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The annual report as JSON: compiled from the records, or read back from a published file. */
@RestController
class AnnualReportApiController {

  private final AnnualReports reports;
  private final ReportValidation validation;
  private final Agencies agencies;

  AnnualReportApiController(AnnualReports reports, ReportValidation validation, Agencies agencies) {
    this.reports = reports;
    this.validation = validation;
    this.agencies = agencies;
  }

  /** Parses and cross-checks a published report (plain text UTF-8/GBK, HTML, DOCX, PDF). */
  @PostMapping(path = "/api/v1/annual-reports/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> validate(@RequestParam("file") MultipartFile file) throws IOException {
    if (file.getSize() > ReportFiles.MAX_BYTES) {
      throw new ReportFiles.TooLargeException("文件大小为 " + (file.getSize() / 1024 / 1024) + " MB，超过 "
          + (ReportFiles.MAX_BYTES / 1024 / 1024) + " MB 的上限；年度报告的正文文件一般不超过 2 MB");
    }
    long start = System.nanoTime();
    Report report = validation.validate(file.getBytes(), file.getOriginalFilename());
    long micros = (System.nanoTime() - start) / 1000;
    return ResponseEntity.ok()
        .header("X-Validation-Millis", String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0))
        .body(ReportJson.of(report));
  }

  /** The compiled report of an agency on a year. */
  @GetMapping("/api/v1/annual-reports/{agencyCode}/{year}")
  Map<String, Object> compiled(@PathVariable String agencyCode, @PathVariable String year,
      @RequestParam(required = false) String scope, @RequestParam(required = false) String format) {
    Params p = Params.of(agencies, agencyCode, year, scope, format);
    return ReportJson.of(reports.compile(p.agency().code(), p.year(), p.scope(), p.format()));
  }

  @ExceptionHandler(ReportFiles.TooLargeException.class)
  ResponseEntity<ApiError> tooLarge(ReportFiles.TooLargeException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(new ApiError(413, e.getMessage(), List.of(new ApiError.FieldError("file", e.getMessage()))));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingFile(MissingServletRequestPartException e) {
    return ResponseEntity.badRequest()
        .body(new ApiError(400, "请以 multipart/form-data 的 file 字段上传年度报告文件",
            List.of(new ApiError.FieldError("file", "不能为空"))));
  }

  /** The checked parameters of a report address. */
  record Params(Agency agency, int year, ReportScope scope, ReportFormat format) {

    static Params of(Agencies agencies, String agencyCode, String yearText, String scopeText, String formatText) {
      Agency agency = agencies.require(agencyCode);
      Checks checks = Checks.start();
      int year = 0;
      if (yearText == null || !yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 2008
          || Integer.parseInt(yearText) > java.time.Year.now().getValue()) {
        checks.add("year", "年度应为 2008 年至今年之间的四位年份");
      } else {
        year = Integer.parseInt(yearText);
      }
      ReportScope scope = scopeText == null || scopeText.isBlank() ? ReportScope.defaultFor(agency)
          : ReportScope.fromKey(scopeText);
      if (scope == null) {
        checks.add("scope", "范围只能是 self（本机关）或 subtree（本机关及下属机构）");
      }
      ReportFormat format = null;
      if (formatText == null || formatText.isBlank()) {
        format = year == 0 ? null : ReportFormat.forYear(year);
      } else if (formatText.equals("2019") || formatText.equals("2021")) {
        format = ReportFormat.fromKey(formatText);
      } else {
        checks.add("format", "格式只能是 2019（国办公开办函〔2019〕60号）或 2021（国办公开办函〔2021〕30号）");
      }
      checks.throwIfAny();
      return new Params(agency, year, scope, format);
    }
  }

}
