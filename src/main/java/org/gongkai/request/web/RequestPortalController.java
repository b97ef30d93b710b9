package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.DeliveryMethod;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.DisclosureRequests;
import org.gongkai.request.IdType;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.IntakeRateLimiter;
import org.gongkai.request.Receipt;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant's side on the portal: guide and agency chooser, the application form, tracking. */
@Controller
class RequestPortalController {

  private final DisclosureRequests requests;
  private final Agencies agencies;
  private final IntakeRateLimiter limiter;
  private final org.gongkai.request.RequestLetters letters;
  private final org.gongkai.request.RequestReleases releases;

  RequestPortalController(DisclosureRequests requests, Agencies agencies, IntakeRateLimiter limiter,
      org.gongkai.request.RequestLetters letters, org.gongkai.request.RequestReleases releases) {
    this.letters = letters;
    this.releases = releases;
    this.requests = requests;
    this.agencies = agencies;
    this.limiter = limiter;
  }

  @GetMapping("/requests")
  String landing(Model model) {
    model.addAttribute("nav", "requests");
    model.addAttribute("groups", acceptingGroups());
    return "request/landing";
  }

  @GetMapping("/requests/new")
  String form(@RequestParam(required = false) String agency, Model model) {
    RequestForm form = new RequestForm();
    form.setAgencyCode(agency);
    return showForm(form, Map.of(), null, model);
  }

  @PostMapping("/requests/new")
  String submit(@ModelAttribute("form") RequestForm form, HttpServletRequest http, HttpServletResponse response, Model model)
      throws IOException {
    if (!limiter.tryAcquire(http.getRemoteAddr())) {
      response.setStatus(429);
      return showForm(form, Map.of(), "提交过于频繁，请稍后再试（每分钟最多" + limiter.perMinute() + "次）", model);
    }
    try {
      Receipt receipt = requests.submitOnline(form.toSubmission(), form.uploads());
      model.addAttribute("nav", "requests");
      model.addAttribute("receipt", receipt);
      model.addAttribute("agency", agencies.require(form.getAgencyCode().trim()));
      return "request/submitted";
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return showForm(form, errors(e), "申请未提交，请按提示修改后重新提交", model);
    }
  }

  @GetMapping("/requests/track")
  String trackForm(Model model) {
    model.addAttribute("nav", "requests");
    return "request/track";
  }

  @PostMapping("/requests/track")
  String track(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String queryCode,
      HttpServletResponse response, Model model) {
    model.addAttribute("nav", "requests");
    model.addAttribute("trackingNumber", trackingNumber);
    try {
      DisclosureRequest r = requests.track(trackingNumber, queryCode);
      model.addAttribute("r", r);
      model.addAttribute("agency", agencies.require(r.agencyCode()));
      model.addAttribute("history", requests.applicantHistory(r));
      model.addAttribute("letters", letters.issued(r));
      model.addAttribute("releases", releases.forApplicant(r));
      model.addAttribute("queryCode", queryCode);
    } catch (NotFoundException e) {
      response.setStatus(404);
      model.addAttribute("formError", e.getMessage());
    }
    return "request/track";
  }

  @PostMapping("/requests/track/letter")
  org.springframework.http.ResponseEntity<byte[]> letter(@RequestParam(required = false) String trackingNumber,
      @RequestParam(required = false) String queryCode, @RequestParam(defaultValue = "0") long id) {
    DisclosureRequest r = requests.track(trackingNumber, queryCode);
    byte[] pdf = letters.file(r, id, "pdf");
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"" + r.trackingNumber() + "-" + id + ".pdf\"")
        .body(pdf);
  }

  private String showForm(RequestForm form, Map<String, String> errors, String formError, Model model) {
    model.addAttribute("nav", "requests");
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("groups", acceptingGroups());
    model.addAttribute("applicantTypes", ApplicantType.values());
    model.addAttribute("idTypes", IdType.values());
    model.addAttribute("formats", InformationFormat.values());
    model.addAttribute("deliveries", DeliveryMethod.values());
    Agency chosen = form.getAgencyCode() == null ? null : agencies.find(form.getAgencyCode()).orElse(null);
    model.addAttribute("chosen", chosen);
    return "request/form";
  }

  static Map<String, String> errors(InvalidInputException e) {
    Map<String, String> map = new LinkedHashMap<>();
    e.problems().forEach(p -> map.merge(p.field() == null ? "_" : p.field(), p.message(), (a, b) -> a + "；" + b));
    return map;
  }

  /** Agencies that accept requests, grouped under their government (城市, each district). */
  Map<String, List<Agency>> acceptingGroups() {
    Map<String, List<Agency>> groups = new LinkedHashMap<>();
    var tree = agencies.tree();
    for (Agency a : tree.all()) {
      if (!a.acceptsRequests()) {
        continue;
      }
      Agency gov = a.level().name().equals("MUNICIPAL") ? tree.roots().get(0)
          : tree.ancestry(a.code()).stream().filter(x -> x.level().name().equals("DISTRICT")).findFirst().orElse(a);
      groups.computeIfAbsent(gov.name(), k -> new java.util.ArrayList<>()).add(a);
    }
    return groups;
  }
}
