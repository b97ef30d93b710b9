package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DeliveryMethod;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.DisclosureRequests;
import org.gongkai.request.IdType;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.Pause;
import org.gongkai.request.Receipt;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestQueue;
import org.gongkai.request.RequestStatus;
import org.gongkai.request.RequestStep;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back-office request desk: the queue, staff registration, the request page and its steps. */
@Controller
class RequestDeskController {

  private final DisclosureRequests requests;
  private final RequestQueue queue;
  private final AccessPolicy access;
  private final JdbcClient jdbc;
  private final org.gongkai.request.RequestLetters letters;
  private final org.gongkai.request.RequestFlags flags;
  private final RequestPage requestPage;

  RequestDeskController(DisclosureRequests requests, RequestQueue queue, AccessPolicy access, JdbcClient jdbc,
      org.gongkai.request.RequestLetters letters, org.gongkai.request.RequestFlags flags, RequestPage page) {
    this.letters = letters;
    this.flags = flags;
    this.requestPage = page;
    this.requests = requests;
    this.queue = queue;
    this.access = access;
    this.jdbc = jdbc;
  }

  @GetMapping("/admin/requests")
  String list(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
      @RequestParam(required = false) String applicantType, @RequestParam(required = false) String due,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "open") String view,
      @RequestParam(defaultValue = "0") int page, Model model) {
    RequestQueue.Query query = query(agency, status, applicantType, due, q, view, page);
    RequestQueue.Page result = queue.search(query);
    model.addAttribute("nav", "requests");
    model.addAttribute("result", result);
    model.addAttribute("agencies", access.visibleAgencies());
    model.addAttribute("statuses", RequestStatus.values());
    model.addAttribute("applicantTypes", ApplicantType.values());
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("view", query.open() ? "open" : "all");
    f.put("agency", blank(query.agencyCode()));
    f.put("status", blank(query.status()));
    f.put("applicantType", blank(query.applicantType()));
    f.put("due", blank(query.due()));
    f.put("q", blank(query.q()));
    model.addAttribute("f", f);
    model.addAttribute("baseUrl", filterUrl("/admin/requests", f));
    model.addAttribute("exportUrl", filterUrl("/admin/requests.xlsx", f));
    model.addAttribute("exportLimit", RequestQueue.EXPORT_LIMIT);
    return "request/admin-list";
  }

  /**
   * The queue as a spreadsheet: the same filters and access rules as the page, every matching row
   * (at most {@link RequestQueue#EXPORT_LIMIT}), without identity numbers or contact details.
   */
  @GetMapping("/admin/requests.xlsx")
  String export(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
      @RequestParam(required = false) String applicantType, @RequestParam(required = false) String due,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "open") String view,
      HttpServletResponse response, Model model) throws IOException {
    List<RequestQueue.ExportLine> lines;
    try {
      lines = queue.export(query(agency, status, applicantType, due, q, view, 0));
    } catch (InvalidInputException e) {
      response.setStatus(400);
      String page = list(agency, status, applicantType, due, q, view, 0, model);
      model.addAttribute("formError", "无法导出：" + e.getMessage());
      return page;
    }
    List<List<Object>> rows = new java.util.ArrayList<>(lines.size());
    for (RequestQueue.ExportLine l : lines) {
      rows.add(java.util.Arrays.asList(l.trackingNumber(), l.agencyName(), l.channel().label(), l.receivedOn(),
          l.applicantType().label(), l.applicantName(), l.summary(), l.status().label(),
          l.outcome() == null ? null : l.outcome().fullLabel(), l.nextDeadline(), l.daysLeft(), l.repliedOn()));
    }
    byte[] xlsx = org.gongkai.document.Xlsx.write(List.of("受理编号", "机关", "渠道", "收到日期", "申请人类型", "申请人", "内容摘要",
        "状态", "答复结果", "期限", "剩余工作日", "答复日期"), rows, "依申请公开");
    String name = "依申请公开办理台账-" + requests.today() + ".xlsx";
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setContentLength(xlsx.length);
    response.getOutputStream().write(xlsx);
    return null;
  }

  /** The queue filter from the page's parameters; values that make no sense are dropped. */
  private static RequestQueue.Query query(String agency, String status, String applicantType, String due, String q,
      String view, int page) {
    due = due != null && List.of("overdue", "near", "later").contains(due) ? due : null;
    return new RequestQueue.Query(agency == null || agency.isBlank() ? null : agency.trim(), valid(RequestStatus.class, status),
        valid(ApplicantType.class, applicantType), due, q == null || q.isBlank() ? null : q.trim(), !"all".equals(view), page, 50);
  }

  private static String filterUrl(String path, Map<String, String> f) {
    org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
    f.forEach((k, v) -> {
      if (!v.isEmpty()) {
        b.queryParam(k, v);
      }
    });
    return b.encode().build().toUriString();
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }

  @GetMapping("/admin/requests/new")
  String registerForm(Model model) {
    RequestForm form = new RequestForm();
    form.setAgencyCode(access.requireCurrent().agencyCode());
    form.setChannel("POST");
    form.setDelivery("POST");
    form.setFormat("PAPER");
    form.setReceivedOn(requests.today().toString());
    return showRegisterForm(form, Map.of(), null, model);
  }

  @PostMapping("/admin/requests/new")
  String register(@ModelAttribute("form") RequestForm form, HttpServletResponse response, Model model,
      RedirectAttributes redirect) throws IOException {
    try {
      LocalDate received = parseDate("receivedOn", form.getReceivedOn());
      Receipt receipt = requests.registerByStaff(form.toSubmission(), form.getChannel(), received, form.uploads());
      redirect.addFlashAttribute("flash", "已登记申请 " + receipt.trackingNumber() + "，查询码 " + receipt.queryCode()
          + "（请告知申请人，系统不再显示）");
      return "redirect:/admin/requests/" + receipt.trackingNumber();
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return showRegisterForm(form, RequestPortalController.errors(e), "申请未登记，请按提示修改", model);
    }
  }

  private String showRegisterForm(RequestForm form, Map<String, String> errors, String formError, Model model) {
    model.addAttribute("nav", "requests");
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("groups", Map.of("本人可办理的机关", access.visibleAgencies().stream().filter(Agency::acceptsRequests).toList()));
    model.addAttribute("channels", List.of(Channel.IN_PERSON, Channel.POST, Channel.FAX, Channel.EMAIL, Channel.ONLINE));
    model.addAttribute("applicantTypes", ApplicantType.values());
    model.addAttribute("idTypes", IdType.values());
    model.addAttribute("formats", InformationFormat.values());
    model.addAttribute("deliveries", DeliveryMethod.values());
    return "request/admin-register";
  }

  @GetMapping("/admin/requests/{trackingNumber}")
  String show(@PathVariable String trackingNumber, Model model) {
    DisclosureRequest r = requests.require(trackingNumber);
    return showRequest(r, Map.of(), null, model);
  }

  private String showRequest(DisclosureRequest r, Map<String, String> errors, String formError, Model model) {
    return requestPage.show(r, errors, formError, model);
  }

  @PostMapping("/admin/requests/{trackingNumber}/{action}")
  String step(@PathVariable String trackingNumber, @PathVariable String action, @RequestParam Map<String, String> p,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    try {
      int version = Integer.parseInt(p.getOrDefault("version", "-1"));
      p = new java.util.HashMap<>(p);
      p.put("trackingNumber", trackingNumber);
      RequestStep step = toStep(action, p);
      requests.apply(trackingNumber, version, step);
      redirect.addFlashAttribute("flash", "已保存");
      return "redirect:/admin/requests/" + trackingNumber;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      DisclosureRequest r = requests.require(trackingNumber);
      return showRequest(r, RequestPortalController.errors(e), "未保存：" + e.getMessage(), model);
    } catch (NumberFormatException e) {
      response.setStatus(400);
      return showRequest(requests.require(trackingNumber), Map.of(), "未保存：数字格式不正确", model);
    }
  }

  private RequestStep toStep(String action, Map<String, String> p) {
    LocalDate on = parseDate("on", p.get("on"));
    return switch (action) {
      case "start-review" -> new RequestStep.StartReview(on);
      case "request-correction" -> new RequestStep.RequestCorrection(on, p.get("items"),
          p.get("dueOn") == null || p.get("dueOn").isBlank() ? null : parseDate("dueOn", p.get("dueOn")));
      case "receive-correction" -> new RequestStep.ReceiveCorrection(on);
      case "abandon" -> new RequestStep.Abandon(on);
      case "consult" -> new RequestStep.Consult(on, "OTHER_AGENCY".equals(p.get("kind")) ? Pause.Kind.OTHER_AGENCY : Pause.Kind.THIRD_PARTY, p.get("party"));
      case "end-consultation" -> new RequestStep.EndConsultation(on, p.get("result"));
      case "extend" -> new RequestStep.Extend(on, Integer.parseInt(p.getOrDefault("days", "0").trim()), p.get("approvedBy"),
          "true".equals(p.get("applicantInformed")) || "on".equals(p.get("applicantInformed")), p.get("reason"));
      case "notify-fee" -> notifyFee(on, p);
      case "fee-paid" -> new RequestStep.FeePaid(on);
      case "fee-unpaid" -> new RequestStep.FeeUnpaid(on);
      case "reply" -> new RequestStep.Reply(on, outcome(p.get("outcome")), p.get("note"));
      case "deliver" -> new RequestStep.Deliver(on);
      case "withdraw" -> new RequestStep.Withdraw(on, p.get("reason"));
      default -> throw new NotFoundException("没有这项操作");
    };
  }

  private RequestStep notifyFee(LocalDate on, Map<String, String> p) {
    org.gongkai.request.FeePolicy.Quote quote;
    if ("pages".equals(p.get("mode"))) {
      int pages;
      try {
        pages = Integer.parseInt(p.getOrDefault("pages", "").trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("pages", "请填写页数（整数）");
      }
      if (pages < 0 || pages > 1_000_000) {
        throw new InvalidInputException("pages", "页数应在0至1000000之间");
      }
      quote = org.gongkai.request.FeePolicy.byPages(pages);
    } else {
      DisclosureRequest r = requests.require(p.get("trackingNumber"));
      quote = org.gongkai.request.FeePolicy.byCount(flags.of(r).monthlyOrdinal());
    }
    if (quote.isFree()) {
      throw new InvalidInputException("amount", "按该标准本申请不收费：" + quote.basis());
    }
    return new RequestStep.NotifyFee(on, quote.amountYuan(), quote.basis());
  }

  @PostMapping("/admin/requests/{trackingNumber}/letters")
  String issueLetter(@PathVariable String trackingNumber, @RequestParam(required = false) String template,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    try {
      org.gongkai.request.RequestLetters.Issued issued = letters.issue(trackingNumber, template == null ? "" : template);
      redirect.addFlashAttribute("flash", "已出具" + issued.title() + "（" + issued.documentNumber() + "）");
      return "redirect:/admin/requests/" + trackingNumber;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return showRequest(requests.require(trackingNumber), RequestPortalController.errors(e), "未出具：" + e.getMessage(), model);
    }
  }

  @GetMapping(value = "/admin/requests/{trackingNumber}/letters/preview", produces = "text/html;charset=UTF-8")
  @org.springframework.web.bind.annotation.ResponseBody
  String previewLetter(@PathVariable String trackingNumber, @RequestParam String template) {
    return org.gongkai.document.Documents.letterHtml(letters.preview(trackingNumber, template));
  }

  @GetMapping("/admin/requests/{trackingNumber}/letters/{id}.{kind}")
  ResponseEntity<byte[]> letterFile(@PathVariable String trackingNumber, @PathVariable long id, @PathVariable String kind) {
    DisclosureRequest r = requests.require(trackingNumber);
    byte[] content = letters.file(r, id, kind);
    boolean docx = "docx".equals(kind);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf"))
        .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
            .filename(trackingNumber + "-" + id + (docx ? ".docx" : ".pdf")).build().toString())
        .body(content);
  }

  @PostMapping("/admin/requests/{trackingNumber}/split")
  String split(@PathVariable String trackingNumber, @RequestParam(required = false) String parts,
      @RequestParam(defaultValue = "-1") int version, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    try {
      List<org.gongkai.request.Receipt> receipts = requests.split(trackingNumber, version,
          parts == null ? List.of() : List.of(parts.split("\\r?\\n")));
      redirect.addFlashAttribute("flash", "已拆分：" + String.join("；", receipts.stream()
          .map(x -> x.trackingNumber() + "（查询码 " + x.queryCode() + "，请告知申请人）").toList()));
      return "redirect:/admin/requests/" + trackingNumber;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return showRequest(requests.require(trackingNumber), RequestPortalController.errors(e), "未拆分：" + e.getMessage(), model);
    }
  }

  @PostMapping("/admin/requests/{trackingNumber}/mark-duplicate")
  String markDuplicate(@PathVariable String trackingNumber, @RequestParam(required = false) String original,
      @RequestParam(defaultValue = "-1") int version, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    try {
      requests.markDuplicateOf(trackingNumber, version, original);
      redirect.addFlashAttribute("flash", "已标记为重复申请");
      return "redirect:/admin/requests/" + trackingNumber;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return showRequest(requests.require(trackingNumber), RequestPortalController.errors(e), "未保存：" + e.getMessage(), model);
    }
  }

  private static ReplyOutcome outcome(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("outcome", "请选择办理结果");
    }
    try {
      return ReplyOutcome.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("outcome", "办理结果取值无效");
    }
  }

  static LocalDate parseDate(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "请填写日期");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd");
    }
  }

  @GetMapping("/admin/requests/{trackingNumber}/attachments/{id}")
  ResponseEntity<byte[]> attachment(@PathVariable String trackingNumber, @PathVariable long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    if (!requests.handles(r.agencyCode())) {
      throw new org.springframework.security.access.AccessDeniedException("仅承办机关的工作人员可以查看申请人的附件");
    }
    record File(String name, String type, byte[] content) {}
    File f = jdbc.sql("select file_name, content_type, content from request_attachment where id = :id and request_id = :rid")
        .param("id", id).param("rid", r.id())
        .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
        .orElseThrow(() -> new NotFoundException("附件不存在"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.type()))
        .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
            .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(f.content());
  }

  private static <E extends Enum<E>> String valid(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value).name();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
