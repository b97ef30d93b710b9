package org.gongkai.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.document.ContentType;
import org.gongkai.document.DocumentException;
import org.gongkai.document.PersonalDataFinding;
import org.gongkai.document.PersonalDataKind;
import org.gongkai.document.PersonalDataScanner;
import org.gongkai.document.Redaction;
import org.gongkai.document.RedactionLogEntry;
import org.gongkai.document.RedactionResult;
import org.gongkai.document.RedactionSpec;
import org.gongkai.document.Region;
import org.gongkai.document.TextExtraction;
import org.gongkai.request.internal.PdfPages;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 拟公开文件 and 区分处理 (第三十七条): staff upload the documents to be released with a request, see
 * the personal data found in them, choose what to withhold, preview, then produce the released file.
 * The original stays with the handling agency; the released file and its log are kept with the
 * request, and the applicant can fetch the released file once the request is answered. Everything
 * is frozen when the request is closed.
 */
@Service
public class RequestReleases {

  /** The largest document accepted. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  /** The most pages of a PDF (every page is rebuilt as a picture). */
  public static final int MAX_PAGES = 200;
  /** The most documents one request may hold. */
  public static final int MAX_DOCUMENTS = 30;
  static final int MAX_LITERALS = 200;
  static final int MAX_REGIONS = 500;
  static final int PREVIEW_PAGES = 3;
  static final int PREVIEW_CHARS = 20_000;
  private static final int MAX_STORED_FINDINGS = 2_000;

  /** History events of the release work, shown to staff only. */
  static final Set<String> STAFF_EVENTS = Set.of("ReleaseUploaded", "ReleaseProduced", "ReleaseDeleted");

  /** Kinds of file that can be redacted. */
  static final Set<ContentType> RELEASABLE = EnumSet.of(ContentType.PDF, ContentType.DOCX);

  private final JdbcClient jdbc;
  private final DisclosureRequests requests;
  private final RequestRepository repository;
  private final AuditLog audit;

  RequestReleases(JdbcClient jdbc, DisclosureRequests requests, RequestRepository repository, AuditLog audit) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.repository = repository;
    this.audit = audit;
  }

  /** A document to be released, without its bytes. */
  public record Document(long id, String fileName, ContentType type, int sizeBytes, Integer pages,
      List<Finding> findings, String uploadedBy, Instant uploadedAt, RedactionSpec spec, Integer releasedSize,
      String releasedBy, Instant releasedAt) {

    /** Whether the released file has been produced. */
    public boolean released() {
      return releasedAt != null;
    }

    /** The file name the applicant gets, e.g. 批复-公开版.pdf. */
    public String releasedFileName() {
      String base = fileName.replaceFirst("\\.(?i)(pdf|docx)$", "");
      return base + "-公开版." + type.extension();
    }

    public int findingCount() {
      return findings.stream().mapToInt(Finding::count).sum();
    }
  }

  /** Personal data of one kind found in the original: how often, and a few masked examples. */
  public record Finding(PersonalDataKind kind, int count, List<String> examples) {
    public String label() {
      return kind.label();
    }
  }

  /** One line of the redaction log: what was withheld, where, by which rule, who, when. */
  public record LogLine(int seq, String location, String kind, int length, String masked, String reason, String actor,
      Instant at) {}

  /**
   * What producing the released file would give: the log, the text of the result, pictures of its
   * first pages (PDF, as data: URLs) and the literal texts that do not occur in the document.
   */
  public record Preview(List<RedactionLogEntry> log, String text, List<String> pagePictures, List<String> notFound) {}

  /** A stored file with its name and media type. */
  public record File(String fileName, String mediaType, byte[] content) {}

  // --- staff ---

  /** Uploads a document to be released. Only PDF and Word (.docx), recognised by content. */
  @Transactional
  public long upload(String trackingNumber, String fileName, byte[] content) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireWork(r);
    lockEditable(r);
    String name = cleanFileName(fileName);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", "请选择要上传的文件（不能为空文件）");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("file", "文件“" + name + "”超过" + MAX_BYTES / 1024 / 1024 + "MB，未保存");
    }
    ContentType type = ContentType.detect(content);
    if (!RELEASABLE.contains(type)) {
      throw new InvalidInputException("file", "文件“" + name + "”的内容不是 PDF 或 Word（.docx）文件（按文件内容检查，与扩展名无关；识别为"
          + type.label() + "），未保存");
    }
    long count = jdbc.sql("select count(*) from request_release where request_id = :r").param("r", r.id())
        .query(Long.class).single();
    if (count >= MAX_DOCUMENTS) {
      throw new InvalidInputException("file", "每件申请最多" + MAX_DOCUMENTS + "个拟公开文件");
    }
    Integer pages = null;
    String text;
    try {
      if (type == ContentType.PDF) {
        pages = PdfPages.sizes(content).size();
        if (pages > MAX_PAGES) {
          throw new InvalidInputException("file", "文件“" + name + "”共" + pages + "页，超过" + MAX_PAGES + "页，请拆分后分别上传");
        }
      }
      text = TextExtraction.extract(content);
    } catch (DocumentException e) {
      throw new InvalidInputException("file", "文件“" + name + "”无法读取：" + e.getMessage() + "未保存");
    }
    String findings = String.join("\n", PersonalDataScanner.scan(text).stream().limit(MAX_STORED_FINDINGS)
        .map(f -> f.kind().name() + "\t" + f.masked()).toList());
    String actor = RequestRepository.actor();
    long id = jdbc.sql("""
            insert into request_release (request_id, file_name, content_type, original, original_sha256, original_size,
              page_count, findings, uploaded_by)
            values (:r, :name, :type, :content, :sha, :size, :pages, :findings, :by) returning id""")
        .param("r", r.id()).param("name", name).param("type", type.name()).param("content", content)
        .param("sha", DisclosureRequests.sha256(content)).param("size", content.length).param("pages", pages)
        .param("findings", findings).param("by", actor)
        .query(Long.class).single();
    String summary = "上传拟公开文件“" + name + "”（" + type.label() + (pages == null ? "" : "，" + pages + "页") + "）";
    repository.appendEvents(r.id(), List.of(new RequestEvent("ReleaseUploaded", requests.today(), summary)));
    audit.record("REQUEST_RELEASE_UPLOADED", "disclosure_request", r.trackingNumber(), r.trackingNumber() + "：" + summary,
        "sha256=" + DisclosureRequests.sha256(content));
    return id;
  }

  /** The documents of a request, for the staff page. */
  @Transactional(readOnly = true)
  public List<Document> list(DisclosureRequest r) {
    return jdbc.sql("select " + COLUMNS + " from request_release where request_id = :r order by id")
        .param("r", r.id()).query((rs, n) -> document(rs)).list();
  }

  /** One document of the request; 403 outside the caller's reach, 404 if it is not the request's. */
  @Transactional(readOnly = true)
  public Document get(String trackingNumber, long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    return find(r, id);
  }

  /** The log of a produced file, in order. */
  @Transactional(readOnly = true)
  public List<LogLine> log(Document d) {
    return jdbc.sql("select seq, location, kind, length, masked, reason, actor, logged_at from request_release_log"
            + " where release_id = :id order by seq")
        .param("id", d.id())
        .query((rs, n) -> new LogLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
        .list();
  }

  /** The page sizes of a PDF document (for marking regions); empty for Word files. */
  @Transactional(readOnly = true)
  public List<PdfPages.Size> pageSizes(String trackingNumber, long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireOriginals(r);
    Document d = find(r, id);
    return d.type() == ContentType.PDF ? PdfPages.sizes(original(r, id)) : List.of();
  }

  /** What producing the released file with this spec would give; changes nothing. */
  @Transactional(readOnly = true)
  public Preview preview(String trackingNumber, long id, RedactionSpec spec) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireWork(r);
    Document d = find(r, id);
    byte[] original = original(r, id);
    RedactionResult result = redact(d, original, spec);
    String text = TextExtraction.extract(result.output(), PREVIEW_CHARS);
    List<String> pictures = new ArrayList<>();
    if (d.type() == ContentType.PDF) {
      for (byte[] png : PdfPages.pngs(result.output(), 1, PREVIEW_PAGES, PdfPages.PREVIEW_DPI)) {
        pictures.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
      }
    }
    String originalText = squeeze(TextExtraction.extract(original));
    List<String> notFound = spec.literals().stream().filter(l -> !originalText.contains(squeeze(l))).toList();
    return new Preview(result.log(), text, pictures, notFound);
  }

  /**
   * Produces the released file: redacts the original, checks the result no longer holds the withheld
   * texts and personal data of the chosen kinds, and stores it with its log (replacing an earlier one).
   */
  @Transactional
  public Document release(String trackingNumber, long id, RedactionSpec spec) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireWork(r);
    Document d = find(r, id);
    if (r.status().isClosed()) {
      throw frozen(r.status());
    }
    // the redaction may take a while: the request row is locked only to check the state and store
    RedactionResult result = redact(d, original(r, id), spec);
    verify(result.output(), spec);
    lockEditable(r);
    String actor = RequestRepository.actor();
    jdbc.sql("""
            update request_release set patterns = :patterns, literals = :literals, regions = :regions, reason = :reason,
              released = :released, released_sha256 = :sha, released_size = :size, released_by = :by, released_at = now()
            where id = :id""")
        .param("patterns", String.join(",", spec.patterns().stream().map(Enum::name).sorted().toList()))
        .param("literals", String.join("\n", spec.literals()))
        .param("regions", String.join("\n", spec.regions().stream().map(RequestReleases::format).toList()))
        .param("reason", spec.reason())
        .param("released", result.output()).param("sha", DisclosureRequests.sha256(result.output()))
        .param("size", result.output().length).param("by", actor).param("id", id)
        .update();
    jdbc.sql("delete from request_release_log where release_id = :id").param("id", id).update();
    int seq = 0;
    for (RedactionLogEntry e : result.log()) {
      jdbc.sql("insert into request_release_log (release_id, seq, location, kind, length, masked, reason, actor)"
              + " values (:id, :seq, :location, :kind, :length, :masked, :reason, :actor)")
          .param("id", id).param("seq", ++seq).param("location", e.location()).param("kind", e.kind())
          .param("length", e.length()).param("masked", cut(e.masked(), 300)).param("reason", e.reason())
          .param("actor", actor)
          .update();
    }
    String summary = (d.released() ? "重新生成" : "生成") + "“" + d.fileName() + "”的公开文本（区分处理，删除" + result.count() + "处："
        + tally(result.log()) + "；理由：" + spec.reason() + "）";
    repository.appendEvents(r.id(), List.of(new RequestEvent("ReleaseProduced", requests.today(), summary)));
    audit.record("REQUEST_RELEASE_PRODUCED", "disclosure_request", r.trackingNumber(), r.trackingNumber() + "：" + summary,
        "release=" + id + " sha256=" + DisclosureRequests.sha256(result.output()));
    return find(r, id);
  }

  /** Removes a document (original, released file and log) while the request is open. */
  @Transactional
  public void delete(String trackingNumber, long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireWork(r);
    lockEditable(r);
    Document d = find(r, id);
    jdbc.sql("delete from request_release where id = :id").param("id", id).update();
    String summary = "删除拟公开文件“" + d.fileName() + "”";
    repository.appendEvents(r.id(), List.of(new RequestEvent("ReleaseDeleted", requests.today(), summary)));
    audit.record("REQUEST_RELEASE_DELETED", "disclosure_request", r.trackingNumber(), r.trackingNumber() + "：" + summary, null);
  }

  /** The original file: only for the staff of the handling agency (it holds the withheld content). */
  @Transactional(readOnly = true)
  public File originalFile(String trackingNumber, long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireOriginals(r);
    Document d = find(r, id);
    return new File(d.fileName(), d.type().mediaType(), original(r, id));
  }

  /** A page of the original as a small picture, for marking regions. */
  @Transactional(readOnly = true)
  public byte[] originalPage(String trackingNumber, long id, int page) {
    DisclosureRequest r = requests.require(trackingNumber);
    requireOriginals(r);
    Document d = find(r, id);
    if (d.type() != ContentType.PDF || d.pages() == null || page < 1 || page > d.pages()) {
      throw new NotFoundException("没有这一页");
    }
    return PdfPages.png(original(r, id), page, PdfPages.PREVIEW_DPI);
  }

  /** The released file, for staff who can see the request. */
  @Transactional(readOnly = true)
  public File releasedFile(String trackingNumber, long id) {
    DisclosureRequest r = requests.require(trackingNumber);
    return released(r, find(r, id));
  }

  // --- applicant ---

  /** The released files the applicant may fetch: none until the request is answered. */
  @Transactional(readOnly = true)
  public List<Document> forApplicant(DisclosureRequest tracked) {
    if (!answered(tracked)) {
      return List.of();
    }
    return list(tracked).stream().filter(Document::released).toList();
  }

  /** A released file for the applicant (the request comes from a successful tracking look-up). */
  @Transactional(readOnly = true)
  public File releasedForApplicant(DisclosureRequest tracked, long id) {
    NotFoundException none = new NotFoundException("文件不存在");
    if (!answered(tracked)) {
      throw none;
    }
    Document d = list(tracked).stream().filter(x -> x.id() == id && x.released()).findFirst().orElseThrow(() -> none);
    return released(tracked, d);
  }

  // --- the spec from a form ---

  /**
   * The spec from the form fields: kinds of personal data (names of {@link PersonalDataKind}), literal
   * texts one a line, regions one a line as {@code 页码,x,y,宽,高} in points from the top-left corner.
   */
  public static RedactionSpec spec(List<String> patterns, String literals, String regions, String reason) {
    Checks c = Checks.start();
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    for (String p : patterns == null ? List.<String>of() : patterns) {
      try {
        kinds.add(PersonalDataKind.valueOf(p.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        c.add("patterns", "个人信息类型取值无效：" + cut(p, 40));
      }
    }
    List<String> texts = lines(literals);
    if (texts.size() > MAX_LITERALS) {
      c.add("literals", "指定删除的内容最多" + MAX_LITERALS + "项（每行一项）");
    }
    for (String t : texts) {
      if (t.length() > 200) {
        c.add("literals", "每项指定删除的内容不超过200个字：" + cut(t, 20));
        break;
      }
    }
    List<Region> boxes = new ArrayList<>();
    List<String> regionLines = lines(regions);
    if (regionLines.size() > MAX_REGIONS) {
      c.add("regions", "删除区域最多" + MAX_REGIONS + "个");
    } else {
      for (int i = 0; i < regionLines.size(); i++) {
        try {
          boxes.add(region(regionLines.get(i)));
        } catch (IllegalArgumentException e) {
          c.add("regions", "第" + (i + 1) + "行“" + cut(regionLines.get(i), 40) + "”：" + e.getMessage());
        }
      }
    }
    c.maxLength("reason", "不予公开的理由", reason, 500);
    c.throwIfAny();
    RedactionSpec spec = new RedactionSpec(kinds, texts, boxes, reason);
    if (spec.isEmpty()) {
      throw new InvalidInputException("patterns", "请至少选择一类个人信息、填写一项指定删除的内容或标记一个区域");
    }
    return spec;
  }

  /** The spec a produced document was made with. */
  static RedactionSpec storedSpec(String patterns, String literals, String regions, String reason) {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    if (patterns != null && !patterns.isBlank()) {
      for (String p : patterns.split(",")) {
        kinds.add(PersonalDataKind.valueOf(p));
      }
    }
    return new RedactionSpec(kinds, lines(literals), lines(regions).stream().map(RequestReleases::region).toList(), reason);
  }

  /** A region as the form shows it: 页码,x,y,宽,高. */
  public static String format(Region g) {
    return g.page() + "," + num(g.x()) + "," + num(g.y()) + "," + num(g.width()) + "," + num(g.height());
  }

  // --- internals ---

  private static final String COLUMNS = "id, file_name, content_type, original_size, page_count, findings, uploaded_by, uploaded_at,"
      + " patterns, literals, regions, reason, released_size, released_by, released_at";

  private Document document(java.sql.ResultSet rs) throws java.sql.SQLException {
    java.sql.Timestamp releasedAt = rs.getTimestamp("released_at");
    int pages = rs.getInt("page_count");
    Integer pageCount = rs.wasNull() ? null : pages;
    int size = rs.getInt("released_size");
    Integer releasedSize = rs.wasNull() ? null : size;
    return new Document(rs.getLong("id"), rs.getString("file_name"), ContentType.valueOf(rs.getString("content_type")),
        rs.getInt("original_size"), pageCount, findings(rs.getString("findings")), rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        releasedAt == null ? null : storedSpec(rs.getString("patterns"), rs.getString("literals"), rs.getString("regions"),
            rs.getString("reason")),
        releasedSize, rs.getString("released_by"), releasedAt == null ? null : releasedAt.toInstant());
  }

  private static List<Finding> findings(String stored) {
    Map<PersonalDataKind, List<String>> byKind = new LinkedHashMap<>();
    for (String line : lines(stored)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        byKind.computeIfAbsent(PersonalDataKind.valueOf(line.substring(0, tab)), k -> new ArrayList<>()).add(line.substring(tab + 1));
      }
    }
    List<Finding> list = new ArrayList<>();
    byKind.forEach((kind, masked) -> list.add(new Finding(kind, masked.size(), masked.stream().distinct().limit(3).toList())));
    return list;
  }

  private Document find(DisclosureRequest r, long id) {
    return jdbc.sql("select " + COLUMNS + " from request_release where id = :id and request_id = :r")
        .param("id", id).param("r", r.id()).query((rs, n) -> document(rs)).optional()
        .orElseThrow(() -> new NotFoundException("拟公开文件不存在"));
  }

  private byte[] original(DisclosureRequest r, long id) {
    return jdbc.sql("select original from request_release where id = :id and request_id = :r")
        .param("id", id).param("r", r.id()).query(byte[].class).optional()
        .orElseThrow(() -> new NotFoundException("拟公开文件不存在"));
  }

  private File released(DisclosureRequest r, Document d) {
    if (!d.released()) {
      throw new NotFoundException("尚未生成公开文本");
    }
    byte[] content = jdbc.sql("select released from request_release where id = :id and request_id = :r")
        .param("id", d.id()).param("r", r.id()).query(byte[].class).single();
    return new File(d.releasedFileName(), d.type().mediaType(), content);
  }

  private static boolean answered(DisclosureRequest r) {
    return r.status() == RequestStatus.REPLIED || r.status() == RequestStatus.DELIVERED;
  }

  /** Whether the signed-in member of staff may upload and redact documents of the request now. */
  public boolean canWork(DisclosureRequest r) {
    if (r.status().isClosed()) {
      return false;
    }
    try {
      requireWork(r);
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  /** Only the handling agency's clerks (and administrators) prepare releases: they see the originals. */
  private void requireWork(DisclosureRequest r) {
    requests.requireHandle(r.agencyCode());
    requireOriginals(r);
  }

  private void requireOriginals(DisclosureRequest r) {
    if (!requests.handles(r.agencyCode())) {
      throw new AccessDeniedException("仅承办机关的工作人员可以处理拟公开文件的原件");
    }
  }

  /** Locks the request row and refuses once it is closed: releases are frozen with the reply. */
  private void lockEditable(DisclosureRequest r) {
    RequestStatus status = RequestStatus.valueOf(jdbc.sql("select status from disclosure_request where id = :id for update")
        .param("id", r.id()).query(String.class).single());
    if (status.isClosed()) {
      throw frozen(status);
    }
  }

  private static ConflictException frozen(RequestStatus status) {
    return new ConflictException("当前状态为“" + status.label() + "”：申请已办结，拟公开文件已冻结，不能再上传、修改或删除");
  }

  private static RedactionResult redact(Document d, byte[] original, RedactionSpec spec) {
    if (d.type() == ContentType.DOCX && !spec.regions().isEmpty()) {
      throw new InvalidInputException("regions", "Word 文件不能按区域删除，请改用个人信息类型或指定内容");
    }
    for (Region g : spec.regions()) {
      if (d.pages() == null || g.page() > d.pages()) {
        throw new InvalidInputException("regions", "区域“" + format(g) + "”的页码超出范围（共" + d.pages() + "页）");
      }
    }
    try {
      return Redaction.redact(original, spec);
    } catch (DocumentException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
  }

  /** Refuses a result that still holds a withheld text or personal data of a withheld kind. */
  private static void verify(byte[] output, RedactionSpec spec) {
    String text = TextExtraction.extract(output);
    String squeezed = squeeze(text);
    List<String> left = new ArrayList<>();
    for (String literal : spec.literals()) {
      if (squeezed.contains(squeeze(literal))) {
        left.add("指定内容“" + cut(literal, 20) + "”");
      }
    }
    for (PersonalDataFinding f : PersonalDataScanner.scan(text)) {
      if (spec.patterns().contains(f.kind())) {
        left.add(f.label() + " " + f.masked());
      }
    }
    if (!left.isEmpty()) {
      throw new ConflictException("生成的公开文本仍含有应删除的内容（" + String.join("、", left.stream().distinct().limit(5).toList())
          + "），未保存。请改用区域标记删除这些内容后再生成。");
    }
  }

  private static String tally(List<RedactionLogEntry> log) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    log.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
    if (counts.isEmpty()) {
      return "无";
    }
    return String.join("、", counts.entrySet().stream().map(e -> e.getKey() + e.getValue() + "处").toList());
  }

  private static Region region(String line) {
    String[] parts = line.replace('，', ',').split("\\s*,\\s*|\\s+");
    if (parts.length != 5) {
      throw new IllegalArgumentException("应为“页码,x,y,宽,高”五个数");
    }
    try {
      int page = Integer.parseInt(parts[0].trim());
      float[] v = new float[4];
      for (int i = 0; i < 4; i++) {
        v[i] = Float.parseFloat(parts[i + 1].trim());
        if (!Float.isFinite(v[i]) || v[i] < 0 || v[i] > 20_000) {
          throw new IllegalArgumentException("坐标和尺寸应为0至20000之间的数");
        }
      }
      return new Region(page, v[0], v[1], v[2], v[3]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("应为“页码,x,y,宽,高”五个数");
    }
  }

  private static String num(float f) {
    return f == Math.rint(f) ? String.valueOf((int) f) : String.format(Locale.ROOT, "%.1f", f);
  }

  private static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String cleanFileName(String name) {
    if (name == null || name.isBlank()) {
      return "拟公开文件";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    return base.isEmpty() ? "拟公开文件" : cut(base, 200);
  }
}
