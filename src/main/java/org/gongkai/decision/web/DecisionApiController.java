package org.gongkai.decision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.DecisionImporter;
import org.gongkai.decision.internal.DecisionImports;
import org.gongkai.decision.internal.Decisions;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision API: the staff import (JSON array or NDJSON, streamed) and the public list. */
@RestController
class DecisionApiController {

  private final DecisionImports imports;
  private final Decisions decisions;
  private final Agencies agencies;

  DecisionApiController(DecisionImports imports, Decisions decisions, Agencies agencies) {
    this.imports = imports;
    this.decisions = decisions;
    this.agencies = agencies;
  }

  /** The outcome of an import; {@code errors} lists the first 100 rejected rows. */
  record ImportResponse(
      long importId, String status, String message, long rows, long inserted, long updated, long unchanged, long rejected,
      List<DecisionImporter.RowError> errors, String errorReport) {}

  /**
   * Imports decisions from the request body, read as a stream: a JSON array of objects or NDJSON
   * (one object per line). Fields: agency, kind, decisionNumber, decisionDate, partyName, partyType,
   * partyId, summary, legalBasis, address, publishUntil (or the Chinese column names).
   */
  @PostMapping("/api/v1/admin/decisions/import")
  ResponseEntity<ImportResponse> importJson(@RequestParam(required = false) String agency, HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > imports.maxBytes()) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(new ImportResponse(0, "FAILED", "请求内容超过 " + imports.maxBytes() / 1024 / 1024 + " MB 上限，请分批提交", 0, 0, 0, 0, 0, List.of(), null));
    }
    DecisionImports.Outcome outcome =
        imports.run(request.getInputStream(), DecisionImports.Format.JSON, null, agency == null || agency.isBlank() ? null : agency, "接口");
    if (outcome.failed()) {
      return ResponseEntity.badRequest()
          .body(new ImportResponse(outcome.importId(), "FAILED", outcome.failure(), 0, 0, 0, 0, 0, List.of(), null));
    }
    var r = outcome.result();
    return ResponseEntity.ok(new ImportResponse(
        outcome.importId(), "DONE",
        "共 " + r.rows() + " 条，新增 " + r.inserted() + "，更新 " + r.updated() + "，未变 " + r.unchanged() + "，有误 " + r.rejected(),
        r.rows(), r.inserted(), r.updated(), r.unchanged(), r.rejected(), r.errors().subList(0, Math.min(100, r.errors().size())),
        r.rejected() > 0 ? "/admin/decisions/imports/" + outcome.importId() + "/errors.csv" : null));
  }

  /** A page of an agency's published decisions. */
  record DecisionPage(long total, boolean more, int page, int size, List<Decisions.PublishedDecision> decisions) {}

  @GetMapping("/api/v1/decisions")
  DecisionPage list(@RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (agency == null || agency.isBlank()) {
      throw new InvalidInputException("agency", "请指定机构代码 agency，例如 500000B27");
    }
    agencies.find(agency).orElseThrow(() -> new NotFoundException("未找到代码为“" + agency + "”的行政机关"));
    PowerItemKind k = null;
    if (kind != null && !kind.isBlank()) {
      k = PowerItemKind.parse(kind);
      if (k == null || !k.hasDecisions()) {
        throw new InvalidInputException("kind", "决定类别应为 LICENSING、PENALTY、COERCION 或 OTHER_MANAGEMENT_SERVICE");
      }
    }
    Decisions.Page p = decisions.search(new Decisions.Query(agency, k, q, from, to, page, size));
    return new DecisionPage(p.total(), p.capped(), p.page(), p.size(), p.decisions());
  }
}
