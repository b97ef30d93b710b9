package org.gongkai.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.export.Narrative;
import org.gongkai.report.export.ReportDocx;
import org.gongkai.report.export.ReportHtml;
import org.gongkai.report.export.ReportPdf;
import org.gongkai.report.model.Report;
import org.gongkai.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual report on the portal, and its DOCX and PDF in the official layout. */
@Controller
class ReportPortalController {

  private final Agencies agencies;
  private final AnnualReports reports;
  private final ReportTexts texts;

  ReportPortalController(Agencies agencies, AnnualReports reports, ReportTexts texts) {
    this.agencies = agencies;
    this.reports = reports;
    this.texts = texts;
  }

  @GetMapping("/agencies/{code}/annual-reports/{year}")
  String page(@PathVariable String code, @PathVariable String year, Model model) {
    Agency agency = agencies.require(code);
    ReportTexts.Published published = texts.forPortal(agency, reportYear(year));
    Report report = published.report();
    model.addAttribute("agency", agency);
    model.addAttribute("ancestry", agencies.tree().ancestry(code));
    model.addAttribute("year", report.year());
    model.addAttribute("reportTitle", ReportHtml.title(report));
    model.addAttribute("reportCss", ReportHtml.CSS);
    model.addAttribute("reportHtml", ReportHtml.body(report, published.narrative()));
    model.addAttribute("published", published);
    model.addAttribute("nav", "agencies");
    return "report/portal-report";
  }

  @GetMapping("/agencies/{code}/annual-reports/{year}/docx")
  ResponseEntity<byte[]> docx(@PathVariable String code, @PathVariable String year) {
    Agency agency = agencies.require(code);
    ReportTexts.Published published = texts.forPortal(agency, reportYear(year));
    return download(ReportDocx.of(published.report(), published.narrative()), ReportHtml.title(published.report()) + ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @GetMapping("/agencies/{code}/annual-reports/{year}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String year) {
    Agency agency = agencies.require(code);
    ReportTexts.Published published = texts.forPortal(agency, reportYear(year));
    return download(ReportPdf.of(published.report(), published.narrative()), ReportHtml.title(published.report()) + ".pdf",
        MediaType.APPLICATION_PDF_VALUE);
  }

  static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }

  /** A year on which a report can exist: 2008 (the first year of the regulation) to last year. */
  static int reportYear(String text) {
    if (text == null || !text.matches("\\d{4}")) {
      throw new NotFoundException("没有该年度的年度报告");
    }
    int year = Integer.parseInt(text);
    if (year < 2008 || year >= Year.now().getValue()) {
      throw new NotFoundException("没有" + year + "年度的年度报告");
    }
    return year;
  }

  static Narrative none() {
    return Narrative.empty();
  }
}
