package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.gongkai.document.PersonalDataKind;
import org.gongkai.document.RedactionSpec;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.DisclosureRequests;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestReleases;
import org.gongkai.request.internal.PdfPages;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 拟公开文件 on the staff request page: upload, 区分处理 (choose, preview, produce), downloads; and the
 * applicant's download of released files after tracking.
 */
@Controller
class ReleaseController {

  private final RequestReleases releases;
  private final DisclosureRequests requests;
  private final RequestPage requestPage;

  ReleaseController(RequestReleases releases, DisclosureRequests requests, RequestPage requestPage) {
    this.releases = releases;
    this.requests = requests;
    this.requestPage = requestPage;
  }

  @PostMapping("/admin/requests/{trackingNumber}/releases")
  String upload(@PathVariable String trackingNumber, @RequestParam(required = false) MultipartFile file,
      HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
    try {
      long id = releases.upload(trackingNumber, file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("flash", "已上传拟公开文件，请选择需要删除的内容");
      return "redirect:/admin/requests/" + trackingNumber + "/releases/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      DisclosureRequest r = requests.require(trackingNumber);
      return requestPage.show(r, RequestPortalController.errors(e), "未上传：" + e.getMessage(), model);
    }
  }

  @GetMapping("/admin/requests/{trackingNumber}/releases/{id}")
  String show(@PathVariable String trackingNumber, @PathVariable long id, Model model) {
    RequestReleases.Document d = releases.get(trackingNumber, id);
    RedactionSpec spec = d.spec() != null ? d.spec()
        : new RedactionSpec(found(d), List.of(), List.of(), null);
    return page(trackingNumber, d, ReleaseForm.of(spec), null, Map.of(), null, model);
  }

  @PostMapping("/admin/requests/{trackingNumber}/releases/{id}/preview")
  String preview(@PathVariable String trackingNumber, @PathVariable long id, @ModelAttribute("form") ReleaseForm form,
      HttpServletResponse response, Model model) {
    RequestReleases.Document d = releases.get(trackingNumber, id);
    try {
      RequestReleases.Preview preview = releases.preview(trackingNumber, id, form.toSpec());
      return page(trackingNumber, d, form, preview, Map.of(), null, model);
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return page(trackingNumber, d, form, null, RequestPortalController.errors(e), "无法预览：" + e.getMessage(), model);
    }
  }

  @PostMapping("/admin/requests/{trackingNumber}/releases/{id}/release")
  String release(@PathVariable String trackingNumber, @PathVariable long id, @ModelAttribute("form") ReleaseForm form,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    RequestReleases.Document d = releases.get(trackingNumber, id);
    try {
      RequestReleases.Document done = releases.release(trackingNumber, id, form.toSpec());
      redirect.addFlashAttribute("flash", "已生成公开文本“" + done.releasedFileName() + "”，答复后申请人可凭申请编号和查询码下载");
      return "redirect:/admin/requests/" + trackingNumber + "/releases/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return page(trackingNumber, d, form, null, RequestPortalController.errors(e), "未生成：" + e.getMessage(), model);
    } catch (ConflictException e) {
      response.setStatus(409);
      return page(trackingNumber, d, form, null, Map.of(), "未生成：" + e.getMessage(), model);
    }
  }

  @PostMapping("/admin/requests/{trackingNumber}/releases/{id}/delete")
  String delete(@PathVariable String trackingNumber, @PathVariable long id, RedirectAttributes redirect) {
    releases.delete(trackingNumber, id);
    redirect.addFlashAttribute("flash", "已删除拟公开文件");
    return "redirect:/admin/requests/" + trackingNumber;
  }

  @GetMapping("/admin/requests/{trackingNumber}/releases/{id}/original")
  ResponseEntity<byte[]> original(@PathVariable String trackingNumber, @PathVariable long id) {
    return download(releases.originalFile(trackingNumber, id));
  }

  @GetMapping("/admin/requests/{trackingNumber}/releases/{id}/released")
  ResponseEntity<byte[]> released(@PathVariable String trackingNumber, @PathVariable long id) {
    return download(releases.releasedFile(trackingNumber, id));
  }

  @GetMapping("/admin/requests/{trackingNumber}/releases/{id}/pages/{page}.png")
  ResponseEntity<byte[]> pagePicture(@PathVariable String trackingNumber, @PathVariable long id, @PathVariable int page) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .body(releases.originalPage(trackingNumber, id, page));
  }

  /** The applicant's download: tracking number and query code in a POST form, never a guessable link. */
  @PostMapping("/requests/track/release")
  ResponseEntity<byte[]> applicantDownload(@RequestParam(required = false) String trackingNumber,
      @RequestParam(required = false) String queryCode, @RequestParam(defaultValue = "0") long id) {
    DisclosureRequest r = requests.track(trackingNumber, queryCode);
    return download(releases.releasedForApplicant(r, id));
  }

  private String page(String trackingNumber, RequestReleases.Document d, ReleaseForm form, RequestReleases.Preview preview,
      Map<String, String> errors, String formError, Model model) {
    DisclosureRequest r = requests.require(trackingNumber);
    model.addAttribute("nav", "requests");
    model.addAttribute("r", r);
    model.addAttribute("d", d);
    model.addAttribute("form", form);
    model.addAttribute("preview", preview);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("log", d.released() ? releases.log(d) : List.of());
    boolean handler = requests.handles(r.agencyCode());
    model.addAttribute("handler", handler);
    model.addAttribute("editable", releases.canWork(r));
    model.addAttribute("kinds", PersonalDataKind.values());
    model.addAttribute("reasons", reasons());
    model.addAttribute("pageSizes", handler ? releases.pageSizes(trackingNumber, d.id()) : List.of());
    model.addAttribute("previewDpi", PdfPages.PREVIEW_DPI);
    return "request/admin-release";
  }

  private static EnumSet<PersonalDataKind> found(RequestReleases.Document d) {
    EnumSet<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    d.findings().forEach(f -> kinds.add(f.kind()));
    return kinds;
  }

  /** The usual grounds for withholding parts of a document: the 不予公开 reasons with their article. */
  static List<String> reasons() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(RedactionSpec.DEFAULT_REASON, "涉及商业秘密，依据《中华人民共和国政府信息公开条例》第十五条不予公开"),
            java.util.Arrays.stream(ReplyOutcome.values())
                .filter(o -> o.group() == ReplyOutcome.Group.WITHHELD)
                .map(o -> o.label() + "，依据《中华人民共和国政府信息公开条例》" + o.article() + "不予公开"))
        .distinct().toList();
  }

  private static ResponseEntity<byte[]> download(RequestReleases.File f) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(f.content());
  }
}
