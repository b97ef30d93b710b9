package org.gongkai.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.internal.Attachments;
import org.gongkai.catalog.internal.CatalogItem;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.catalog.internal.CatalogRepository;
import org.gongkai.catalog.internal.Taxonomy;
import org.gongkai.portal.DisclosureSection;
import org.gongkai.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The public item page, attachments, the Atom feeds of each agency's columns and the sitemaps. */
@Controller
class CatalogPortalController {

  /** Entries per feed. */
  private static final int FEED_SIZE = 50;
  /** Item ids per sitemap (a sitemap may list 50,000 addresses). */
  static final int SITEMAP_BLOCK = 40_000;
  private static final String URLSET =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

  private final CatalogQueries queries;
  private final Taxonomy taxonomy;
  private final Agencies agencies;
  private final Attachments attachments;
  private final JdbcClient jdbc;
  private final String siteName;

  CatalogPortalController(CatalogQueries queries, Taxonomy taxonomy, Agencies agencies, Attachments attachments, JdbcClient jdbc,
      @Value("${gongkai.site-name:重庆市政府信息公开平台}") String siteName) {
    this.queries = queries;
    this.taxonomy = taxonomy;
    this.agencies = agencies;
    this.attachments = attachments;
    this.jdbc = jdbc;
    this.siteName = siteName;
  }

  @GetMapping("/items/{id}")
  String item(@PathVariable long id, Model model) {
    CatalogQueries.PublicItem page = queries.publicItem(id)
        .orElseThrow(() -> new NotFoundException("未找到该政府信息，或该信息尚未发布"));
    CatalogItem item = page.item();
    model.addAttribute("nav", "agencies");
    model.addAttribute("item", item);
    model.addAttribute("ancestry", agencies.tree().ancestry(item.agencyCode()));
    model.addAttribute("attachments", page.attachments());
    model.addAttribute("interpretations", page.interpretations());
    model.addAttribute("interprets", page.interprets());
    model.addAttribute("links", page.links());
    model.addAttribute("history", page.history());
    return "catalog/item";
  }

  @GetMapping("/items/{id}/attachments/{attachmentId}")
  ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
    CatalogItem item = queries.find(id).filter(CatalogItem::isPublished)
        .orElseThrow(() -> new NotFoundException("未找到该政府信息"));
    CatalogRepository.Attachment a = queries.attachment(attachmentId).filter(x -> x.itemId() == item.id())
        .orElseThrow(() -> new NotFoundException("未找到该附件"));
    Path file = attachments.file(a);
    if (!Files.exists(file)) {
      throw new NotFoundException("附件文件已不存在");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(new FileSystemResource(file));
  }

  /**
   * Atom feed of the agency's 法定主动公开内容 (the newest 50 items); {@code category} or
   * {@code subject} narrow it to one sub-column (an Art. 20 category, a 主题分类).
   */
  @GetMapping(value = "/agencies/{code}/disclosure/statutory/feed.xml", produces = "application/atom+xml;charset=UTF-8")
  @ResponseBody
  String feed(@PathVariable String code, @RequestParam(required = false) String category,
      @RequestParam(required = false) String subject, HttpServletRequest request) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    Art20Category c = Art20Category.fromKey(category);
    Taxonomy.Term s = subject == null ? null : taxonomy.find(Taxonomy.Classification.SUBJECT, subject).orElse(null);
    CatalogQueries.Page page = queries.search(new CatalogQueries.Filter(agency.code(), null, true, null, c,
        s == null ? null : s.code(), null, null, ItemKind.SYSTEM, null, null, null, null, null, 0, FEED_SIZE));
    String title = "法定主动公开内容" + (c != null ? " · " + c.shortLabel() : s != null ? " · " + s.label() : "");
    String query = c != null ? "?category=" + c.name() : s != null ? "?subject=" + s.code() : "";
    return atom(agency, "statutory", title, query, page.items(), request);
  }

  /** Atom feed of the agency's 政府信息公开制度 column. */
  @GetMapping(value = "/agencies/{code}/disclosure/system/feed.xml", produces = "application/atom+xml;charset=UTF-8")
  @ResponseBody
  String systemFeed(@PathVariable String code, HttpServletRequest request) {
    Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("未找到该机构"));
    CatalogQueries.Page page = queries.search(new CatalogQueries.Filter(agency.code(), null, true, null, null, null, null,
        ItemKind.SYSTEM, null, null, null, null, null, null, 0, FEED_SIZE));
    return atom(agency, "system", "政府信息公开制度", "", page.items(), request);
  }

  private String atom(Agency agency, String slug, String title, String query, List<CatalogItem> items, HttpServletRequest request) {
    String site = siteUrl(request);
    String column = site + "/agencies/" + agency.code() + "/disclosure/" + slug;
    String self = column + "/feed.xml" + query;
    StringBuilder b = new StringBuilder(8192);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
    b.append("  <title>").append(x(agency.name() + " · " + title)).append("</title>\n");
    b.append("  <subtitle>").append(x(siteName)).append("</subtitle>\n");
    b.append("  <id>").append(x(self)).append("</id>\n");
    b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(x(self)).append("\"/>\n");
    b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(column + query)).append("\"/>\n");
    String updated = items.isEmpty() ? "2019-01-01T00:00:00Z" : atom(items.get(0));
    b.append("  <updated>").append(updated).append("</updated>\n");
    b.append("  <author><name>").append(x(agency.name())).append("</name></author>\n");
    for (CatalogItem i : items) {
      String url = site + "/items/" + i.id();
      b.append("  <entry>\n    <title>").append(x(i.title())).append("</title>\n");
      b.append("    <id>").append(x(url)).append("</id>\n");
      b.append("    <link href=\"").append(x(url)).append("\"/>\n");
      b.append("    <updated>").append(atom(i)).append("</updated>\n");
      b.append("    <category term=\"").append(x(i.category().name())).append("\" label=\"").append(x(i.category().label())).append("\"/>\n");
      b.append("    <summary>").append(x(summary(i))).append("</summary>\n  </entry>\n");
    }
    b.append("</feed>\n");
    return b.toString();
  }

  /**
   * The sitemap index: one sitemap of the portal's pages (home, every agency and its four columns)
   * and one per block of {@value #SITEMAP_BLOCK} item ids holding published items, so that every
   * published item is listed however many there are (a sitemap may hold 50,000 addresses) and an
   * item stays in the same sitemap for good.
   */
  @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
  @ResponseBody
  String sitemap(HttpServletRequest request) {
    String site = siteUrl(request);
    StringBuilder b = new StringBuilder(4096);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    b.append("<sitemap><loc>").append(x(site + "/sitemap-columns.xml")).append("</loc></sitemap>\n");
    jdbc.sql("select distinct (id - 1) / :block + 1 as block from catalog_item where state = 'PUBLISHED' order by block")
        .param("block", SITEMAP_BLOCK)
        .query(rs -> {
          b.append("<sitemap><loc>").append(x(site)).append("/sitemap-items-").append(rs.getLong(1)).append(".xml</loc></sitemap>\n");
        });
    b.append("</sitemapindex>\n");
    return b.toString();
  }

  /** The portal's own pages: home, the agency directory, every agency and its four columns. */
  @GetMapping(value = "/sitemap-columns.xml", produces = "application/xml;charset=UTF-8")
  @ResponseBody
  String columnsSitemap(HttpServletRequest request) {
    String site = siteUrl(request);
    StringBuilder b = new StringBuilder(1 << 18);
    b.append(URLSET);
    b.append("<url><loc>").append(x(site + "/")).append("</loc></url>\n");
    b.append("<url><loc>").append(x(site + "/agencies")).append("</loc></url>\n");
    for (Agency a : agencies.tree().all()) {
      b.append("<url><loc>").append(x(site + "/agencies/" + a.code())).append("</loc></url>\n");
      for (DisclosureSection section : DisclosureSection.values()) {
        b.append("<url><loc>").append(x(site + "/agencies/" + a.code() + "/disclosure/" + section.slug())).append("</loc></url>\n");
      }
    }
    b.append("</urlset>\n");
    return b.toString();
  }

  /** The published items of one block of ids, with their publication dates. */
  @GetMapping(value = "/sitemap-items-{block}.xml", produces = "application/xml;charset=UTF-8")
  @ResponseBody
  String itemsSitemap(@PathVariable long block, HttpServletRequest request) {
    if (block < 1 || block > Long.MAX_VALUE / SITEMAP_BLOCK) {
      throw new NotFoundException("该站点地图不存在");
    }
    String site = siteUrl(request);
    StringBuilder b = new StringBuilder(1 << 20);
    b.append(URLSET);
    jdbc.sql("select id, published_on from catalog_item where id between :from and :to and state = 'PUBLISHED' order by id")
        .param("from", (block - 1) * SITEMAP_BLOCK + 1).param("to", block * SITEMAP_BLOCK)
        .query(rs -> {
          b.append("<url><loc>").append(x(site)).append("/items/").append(rs.getLong(1)).append("</loc><lastmod>")
              .append(rs.getDate(2).toLocalDate()).append("</lastmod></url>\n");
        });
    b.append("</urlset>\n");
    return b.toString();
  }

  private static String summary(CatalogItem i) {
    StringBuilder s = new StringBuilder();
    s.append("索引号：").append(i.indexNumber());
    if (i.documentNumber() != null) {
      s.append("；文号：").append(i.documentNumber());
    }
    s.append("；发布日期：").append(i.publishedOn());
    return s.toString();
  }

  private static String atom(CatalogItem i) {
    if (i.publishedAt() != null) {
      return DateTimeFormatter.ISO_INSTANT.format(i.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
    LocalDate d = i.publishedOn() == null ? LocalDate.of(2019, 1, 1) : i.publishedOn();
    return d.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String siteUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
  }

  private static String x(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8").replace("&#39;", "&apos;");
  }

  static boolean isPublicState(ItemState s) {
    return s == ItemState.PUBLISHED || s == ItemState.WITHDRAWN;
  }
}
