package org.gongkai.catalog.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.IndexNumber;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.Validity;
import org.gongkai.catalog.internal.Attachments;
import org.gongkai.catalog.internal.CatalogAccess;
import org.gongkai.catalog.internal.CatalogItem;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.catalog.internal.CatalogRepository;
import org.gongkai.catalog.internal.DocumentTools;
import org.gongkai.catalog.internal.Publication;
import org.gongkai.catalog.internal.Taxonomy;
import org.gongkai.catalog.internal.Timeliness;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.gongkai.shared.web.UploadLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 后台 · 政府信息: list, create, edit, review (保密审查), publish, withdraw, validity and 立改废. */
@Controller
class CatalogAdminController {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final CatalogQueries queries;
  private final Publication publication;
  private final CatalogAccess access;
  private final Taxonomy taxonomy;
  private final Timeliness timeliness;
  private final Attachments attachments;
  private final DocumentTools tools;
  private final TransactionTemplate tx;

  CatalogAdminController(CatalogQueries queries, Publication publication, CatalogAccess access, Taxonomy taxonomy,
      Timeliness timeliness, Attachments attachments, DocumentTools tools, TransactionTemplate tx) {
    this.queries = queries;
    this.publication = publication;
    this.access = access;
    this.taxonomy = taxonomy;
    this.timeliness = timeliness;
    this.attachments = attachments;
    this.tools = tools;
    this.tx = tx;
  }

  @GetMapping("/admin/catalog")
  String list(@RequestParam Map<String, String> params, Model model) {
    Agency scope = access.policy().scopeRoot();
    String agency = Params.text(params, "agency", 20);
    String path = scope.path();
    String code = null;
    if (agency != null && access.policy().canSee(agency)) {
      code = agency;
    }
    ItemState state = Params.enumValue(ItemState.class, params.get("state"));
    CatalogQueries.Page page = queries.search(new CatalogQueries.Filter(code, visiblePath(scope), false, state, null, null,
        null, null, null, null, Params.text(params, "q", 100), Params.text(params, "documentNumber", 100), null, null,
        Params.page(params), 30));
    Map<String, String> kept = new LinkedHashMap<>();
    for (String k : new String[] {"agency", "state", "q", "documentNumber"}) {
      String v = Params.text(params, k, 100);
      if (v != null) {
        kept.put(k, v);
      }
    }
    Map<Long, Timeliness.Verdict> verdicts = new HashMap<>();
    Map<Long, Boolean> lacking = new HashMap<>();
    for (CatalogItem i : page.items()) {
      verdicts.put(i.id(), timeliness.of(i.writtenOn(), i.publishedOn()));
      lacking.put(i.id(), i.isPublished() && queries.lacksInterpretation(i));
    }
    model.addAttribute("nav", "catalog");
    model.addAttribute("isAdmin", access.policy().isAdmin());
    model.addAttribute("page", page);
    model.addAttribute("filter", kept);
    model.addAttribute("states", ItemState.values());
    model.addAttribute("counts", queries.countsByState(path));
    model.addAttribute("verdicts", verdicts);
    model.addAttribute("lacking", lacking);
    model.addAttribute("agencies", access.policy().visibleAgencies().stream().limit(600).toList());
    model.addAttribute("prevUrl", page.page() > 0 ? Params.url("/admin/catalog", kept, page.page() - 1) : null);
    model.addAttribute("nextUrl", page.page() + 1 < page.pages() ? Params.url("/admin/catalog", kept, page.page() + 1) : null);
    return "catalog/admin-list";
  }

  private String visiblePath(Agency scope) {
    return access.policy().isAdmin() ? null : scope.path();
  }

  @GetMapping("/admin/catalog/new")
  String newForm(@RequestParam(required = false) Long interprets, Model model) {
    ItemForm form = new ItemForm();
    form.setAgencyCode(access.policy().requireCurrent().agencyCode());
    form.setCategory(Art20Category.OTHER.name());
    form.setSubject("S01");
    if (interprets != null) {
      queries.find(interprets).ifPresent(doc -> {
        form.setGenre("INTERPRETATION");
        form.setInterpretsId(String.valueOf(doc.id()));
        form.setAgencyCode(doc.agencyCode());
        form.setSubject(doc.subjectCode());
        form.setTitle("《" + doc.title() + "》政策解读");
        form.setCategory(Art20Category.REGULATIONS.name());
      });
    }
    return form(model, form, null, Map.of());
  }

  @PostMapping("/admin/catalog/new")
  String create(@ModelAttribute("form") ItemForm form, Model model) {
    try {
      CatalogItem item = publication.create(form.toDraft());
      return "redirect:/admin/catalog/" + item.id() + "?created";
    } catch (InvalidInputException e) {
      model.addAttribute("formError", "请更正标出的问题后再保存");
      return form(model, form, null, errors(e));
    }
  }

  @GetMapping("/admin/catalog/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    CatalogItem item = require(id);
    access.requireEdit(item.agencyCode());
    return form(model, ItemForm.of(item), item, Map.of());
  }

  @PostMapping("/admin/catalog/{id}/edit")
  String edit(@PathVariable long id, @ModelAttribute("form") ItemForm form, Model model) {
    CatalogItem item = require(id);
    try {
      publication.update(id, form.getVersion(), form.toDraft());
      return "redirect:/admin/catalog/" + id + "?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("formError", "请更正标出的问题后再保存");
      return form(model, form, item, errors(e));
    }
  }

  private String form(Model model, ItemForm form, CatalogItem item, Map<String, String> errors) {
    model.addAttribute("nav", "catalog");
    model.addAttribute("form", form);
    model.addAttribute("item", item);
    model.addAttribute("errors", errors);
    model.addAttribute("agencies", access.policy().visibleAgencies().stream().filter(a -> access.canEdit(a.code())).limit(600).toList());
    model.addAttribute("subjects", taxonomy.offered(Taxonomy.Classification.SUBJECT, item == null ? null : item.subjectCode()));
    model.addAttribute("genres", taxonomy.offered(Taxonomy.Classification.GENRE, item == null ? null : item.genreCode()));
    model.addAttribute("categories", Art20Category.values());
    model.addAttribute("validities", Validity.values());
    return "catalog/admin-form";
  }

  @GetMapping("/admin/catalog/{id}")
  String show(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
    CatalogItem item = require(id);
    model.addAttribute("nav", "catalog");
    model.addAttribute("item", item);
    if (params.containsKey("created")) {
      model.addAttribute("flash", "已保存为草稿。");
    } else if (params.containsKey("saved")) {
      model.addAttribute("flash", "已保存。");
    } else if (params.containsKey("tooLarge")) {
      model.addAttribute("formError", "附件超过" + Attachments.MAX_BYTES / 1024 / 1024 + "MB，未上传。请压缩或拆分后再上传。");
    }
    List<CatalogRepository.Attachment> files = queries.attachments(id);
    model.addAttribute("attachments", files);
    model.addAttribute("interpretations", queries.interpretationsOf(id));
    model.addAttribute("interprets", item.interpretsId() == null ? null : queries.find(item.interpretsId()).orElse(null));
    model.addAttribute("links", queries.links(id));
    model.addAttribute("history", queries.validityHistory(id));
    model.addAttribute("transitions", queries.transitions(id));
    model.addAttribute("verdict", timeliness.of(item.writtenOn(), item.publishedOn()));
    model.addAttribute("lacksInterpretation", item.kind().hasValidity() && queries.lacksInterpretation(item));
    model.addAttribute("canEdit", access.canEdit(item.agencyCode()));
    model.addAttribute("canReview", access.canReview(item.agencyCode()));
    model.addAttribute("validities", Validity.values());
    model.addAttribute("today", LocalDate.now(CHINA));
    if (item.state() == ItemState.IN_REVIEW || item.state() == ItemState.DRAFT) {
      List<Finding> findings = new ArrayList<>();
      tools.scan(item.title() + "\n" + item.bodyText()).forEach(f -> findings.add(new Finding("正文", f)));
      for (CatalogRepository.Attachment a : files) {
        tools.scan(a.text()).forEach(f -> findings.add(new Finding(a.fileName(), f)));
      }
      model.addAttribute("findings", findings);
    }
    return "catalog/admin-item";
  }

  /** A piece of personal data and where it was found. */
  record Finding(String where, DocumentTools.Finding finding) {}

  @PostMapping("/admin/catalog/{id}/submit")
  String submit(@PathVariable long id, RedirectAttributes flash) {
    publication.submit(id);
    flash.addFlashAttribute("flash", "已提交保密审查。");
    return "redirect:/admin/catalog/" + id;
  }

  @PostMapping("/admin/catalog/{id}/approve")
  String approve(@PathVariable long id, @RequestParam(required = false) String publishAt, RedirectAttributes flash) {
    Instant at = null;
    if (publishAt != null && !publishAt.isBlank()) {
      try {
        at = LocalDateTime.parse(publishAt.strip()).atZone(CHINA).toInstant();
      } catch (DateTimeParseException e) {
        flash.addFlashAttribute("formError", "定时发布时间格式不正确，应为 2026-05-12T09:00");
        return "redirect:/admin/catalog/" + id;
      }
    }
    return run(id, flash, at == null ? "已审查通过并发布。" : "已审查通过，将按时发布。", publishAtAction(id, at));
  }

  private Runnable publishAtAction(long id, Instant at) {
    return () -> publication.approve(id, at);
  }

  @PostMapping("/admin/catalog/{id}/return")
  String returnToDraft(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
    return run(id, flash, "已退回经办人修改。", () -> publication.returnToDraft(id, note));
  }

  @PostMapping("/admin/catalog/{id}/cancel-schedule")
  String cancelSchedule(@PathVariable long id, RedirectAttributes flash) {
    return run(id, flash, "已取消定时发布。", () -> publication.cancelSchedule(id));
  }

  @PostMapping("/admin/catalog/{id}/withdraw")
  String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, flash, "已撤回；公开页面将显示撤回原因。", () -> publication.withdraw(id, reason));
  }

  @PostMapping("/admin/catalog/{id}/validity")
  String validity(@PathVariable long id, @RequestParam(required = false) String validity, @RequestParam(required = false) String on,
      @RequestParam(required = false) String reason, RedirectAttributes flash) {
    return run(id, flash, "有效性已变更。", () -> {
      Validity v;
      try {
        v = Validity.fromLabelOrKey(validity);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("validity", e.getMessage());
      }
      publication.changeValidity(id, v, date(on, "on", "变更日期"), reason);
    });
  }

  @PostMapping("/admin/catalog/{id}/link")
  String link(@PathVariable long id, @RequestParam(required = false) String target, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String on, RedirectAttributes flash) {
    return run(id, flash, "已登记立改废关系。", () -> {
      long targetId = resolve(target);
      publication.link(id, targetId, kind, date(on, "on", "生效日期"));
    });
  }

  @PostMapping("/admin/catalog/{id}/attachments")
  String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
    CatalogItem item = require(id);
    access.requireEdit(item.agencyCode());
    if (item.state() != ItemState.DRAFT && item.state() != ItemState.PUBLISHED) {
      flash.addFlashAttribute("formError", "该信息当前状态为“" + item.state().label() + "”，不能添加附件");
      return "redirect:/admin/catalog/" + id;
    }
    if (file == null || file.isEmpty()) {
      flash.addFlashAttribute("formError", "请选择要上传的附件");
      return "redirect:/admin/catalog/" + id;
    }
    try {
      byte[] content = file.getBytes();
      tx.executeWithoutResult(s -> publication.attachmentAdded(id, attachments.add(id, file.getOriginalFilename(), content)));
      flash.addFlashAttribute("flash", "附件已上传。");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("formError", e.getMessage());
    } catch (IOException e) {
      flash.addFlashAttribute("formError", "附件读取失败，请重新上传");
    }
    return "redirect:/admin/catalog/" + id;
  }

  /** An attachment too large is refused before it is read; the item page says so. */
  @Bean
  static FilterRegistrationBean<UploadLimit> attachmentSizeFilter() {
    return UploadLimit.of("/admin/catalog/(\\d+)/attachments", Attachments.MAX_BYTES, "/admin/catalog/$1?tooLarge");
  }

  private String run(long id, RedirectAttributes flash, String ok, Runnable action) {
    try {
      action.run();
      flash.addFlashAttribute("flash", ok);
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("formError", e.getMessage());
    }
    return "redirect:/admin/catalog/" + id;
  }

  private long resolve(String target) {
    if (target == null || target.isBlank()) {
      throw new InvalidInputException("target", "请填写被修改或废止文件的索引号或编号");
    }
    String t = target.strip();
    if (t.matches("\\d{1,15}")) {
      return Long.parseLong(t);
    }
    if (IndexNumber.isValid(t)) {
      return queries.findPublicByIndexNumber(t).map(CatalogItem::id)
          .orElseThrow(() -> new InvalidInputException("target", "未找到索引号为 " + t + " 的文件"));
    }
    throw new InvalidInputException("target", "请填写被修改或废止文件的索引号（如 014416330/2018-04736）或编号");
  }

  private static LocalDate date(String s, String field, String label) {
    if (s == null || s.isBlank()) {
      throw new InvalidInputException(field, "请填写" + label);
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, label + "格式不正确，应为 2020-05-12 这样的日期");
    }
  }

  private CatalogItem require(long id) {
    CatalogItem item = queries.find(id).orElseThrow(() -> new NotFoundException("未找到该政府信息"));
    access.requireSee(item.agencyCode());
    return item;
  }

  private static Map<String, String> errors(InvalidInputException e) {
    Map<String, String> m = new LinkedHashMap<>();
    e.problems().forEach(p -> m.putIfAbsent(p.field() == null ? "_" : p.field(), p.message()));
    return m;
  }
}
