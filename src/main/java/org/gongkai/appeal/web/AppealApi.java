package org.gongkai.appeal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.appeal.AppealCase;
import org.gongkai.appeal.AppealCases;
import org.gongkai.appeal.CaseCategory;
import org.gongkai.appeal.CaseInput;
import org.gongkai.appeal.CaseQuery;
import org.gongkai.appeal.CaseResult;
import org.gongkai.appeal.Complaint;
import org.gongkai.appeal.ComplaintInput;
import org.gongkai.appeal.ComplaintQuery;
import org.gongkai.appeal.ComplaintState;
import org.gongkai.appeal.Complaints;
import org.gongkai.appeal.Page;
import org.gongkai.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the registers, under the same access rule as the pages. */
@RestController
@RequestMapping("/api/v1/admin/appeals")
class AppealApi {

  private final AppealCases cases;
  private final Complaints complaints;

  AppealApi(AppealCases cases, Complaints complaints) {
    this.cases = cases;
    this.complaints = complaints;
  }

  @GetMapping("/cases")
  PageJson<CaseJson> cases(
      @RequestParam(required = false) CaseCategory kind,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) CaseResult result,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Page<AppealCase> p = cases.search(new CaseQuery(kind, blankToNull(agency), year, result, page, size));
    return new PageJson<>(p.items().stream().map(CaseJson::of).toList(), p.total(), p.page(), p.size());
  }

  @GetMapping("/cases/{id}")
  CaseJson caseById(@PathVariable long id) {
    return CaseJson.of(cases.get(id));
  }

  @PostMapping("/cases")
  ResponseEntity<CaseJson> register(@RequestBody CaseInput input) {
    AppealCase saved = cases.register(input);
    return ResponseEntity.created(URI.create("/api/v1/admin/appeals/cases/" + saved.id())).body(CaseJson.of(saved));
  }

  @PutMapping("/cases/{id}")
  CaseJson update(@PathVariable long id, @RequestBody CaseInput input) {
    return CaseJson.of(cases.update(id, input));
  }

  @PostMapping("/cases/{id}/decision")
  CaseJson decide(@PathVariable long id, @RequestBody Decision body) {
    return CaseJson.of(cases.decide(id, body.result(), body.decidedOn(), body.version()));
  }

  @GetMapping("/complaints")
  PageJson<ComplaintJson> complaints(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ComplaintState state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Page<Complaint> p = complaints.search(new ComplaintQuery(blankToNull(agency), year, state, page, size));
    return new PageJson<>(p.items().stream().map(ComplaintJson::of).toList(), p.total(), p.page(), p.size());
  }

  @GetMapping("/complaints/{id}")
  ComplaintJson complaint(@PathVariable long id) {
    return ComplaintJson.of(complaints.get(id));
  }

  @PostMapping("/complaints")
  ResponseEntity<ComplaintJson> receive(@RequestBody ComplaintInput input) {
    Complaint saved = complaints.receive(input);
    return ResponseEntity.created(URI.create("/api/v1/admin/appeals/complaints/" + saved.id())).body(ComplaintJson.of(saved));
  }

  @PutMapping("/complaints/{id}")
  ComplaintJson updateComplaint(@PathVariable long id, @RequestBody ComplaintInput input) {
    return ComplaintJson.of(complaints.update(id, input));
  }

  @PostMapping("/complaints/{id}/investigation")
  ComplaintJson investigate(@PathVariable long id, @RequestBody Investigation body) {
    return ComplaintJson.of(complaints.startInvestigation(id, body.startedOn(), body.version()));
  }

  @PostMapping("/complaints/{id}/answer")
  ComplaintJson answer(@PathVariable long id, @RequestBody Answer body) {
    return ComplaintJson.of(complaints.answer(id, body.finding(), body.answer(), body.answeredOn(), body.version()));
  }

  private static String blankToNull(String s) {
    if (s != null && s.length() > 20) {
      throw new InvalidInputException("agency", "机构代码格式不正确");
    }
    return s == null || s.isBlank() ? null : s.strip();
  }

  record Decision(String result, String decidedOn, Integer version) {}

  record Investigation(String startedOn, Integer version) {}

  record Answer(String finding, String answer, String answeredOn, Integer version) {}

  record PageJson<T>(List<T> items, long total, int page, int size) {}

  record CaseJson(long id, String kind, String route, String kindLabel, Long reconsiderationId, String agencyCode,
      String caseNumber, String requestTrackingNumber, String applicantName, LocalDate receivedOn, String decidingBody,
      String result, String resultLabel, LocalDate decidedOn, String summary, int version) {
    static CaseJson of(AppealCase c) {
      return new CaseJson(c.id(), c.kind().name(), c.route() == null ? null : c.route().name(), c.kindLabel(),
          c.reconsiderationId(), c.agencyCode(), c.caseNumber(), c.requestTrackingNumber(), c.applicantName(),
          c.receivedOn(), c.decidingBody(), c.result().name(), c.result().label(), c.decidedOn(), c.summary(), c.version());
    }
  }

  record ComplaintJson(long id, String agencyCode, String supervisorCode, String complainantName, String channel,
      LocalDate receivedOn, String content, String state, String stateLabel, LocalDate investigationStartedOn,
      String finding, String answer, LocalDate answeredOn, int version) {
    static ComplaintJson of(Complaint c) {
      return new ComplaintJson(c.id(), c.agencyCode(), c.supervisorCode(), c.complainantName(), c.channel().name(),
          c.receivedOn(), c.content(), c.state().name(), c.state().label(), c.investigationStartedOn(),
          c.finding() == null ? null : c.finding().name(), c.answer(), c.answeredOn(), c.version());
    }
  }
}
