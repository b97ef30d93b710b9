package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.GongkaiTest;
import org.gongkai.search.internal.SearchIndexer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The portal requirements of issue 4 that the column, feed, sitemap and kiosk pages answer. */
@GongkaiTest
class PortalColumnsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SearchIndexer indexer;

  private String body(String url, Object... params) throws Exception {
    var request = get(url);
    for (int i = 0; i < params.length; i += 2) {
      request.param((String) params[i], String.valueOf(params[i + 1]));
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void everyColumnAndSubColumnHasItsFeed() throws Exception {
    String regulations = body("/agencies/500000/disclosure/statutory/feed.xml", "category", "REGULATIONS");
    assertThat(regulations).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("法定主动公开内容 · （一）");
    assertThat(count(regulations, "<entry>")).isPositive().isEqualTo(count(regulations, "<category term=\"REGULATIONS\""));
    String subject = jdbc.sql("select subject_code from catalog_item where agency_code = '500000' and state = 'PUBLISHED'"
        + " and kind <> 'SYSTEM' group by subject_code order by count(*) desc limit 1").query(String.class).single();
    String bySubject = body("/agencies/500000/disclosure/statutory/feed.xml", "subject", subject);
    long expected = Math.min(50, jdbc.sql("select count(*) from catalog_item where agency_code = '500000' and state = 'PUBLISHED'"
        + " and kind <> 'SYSTEM' and subject_code = :s").param("s", subject).query(Long.class).single());
    assertThat(count(bySubject, "<entry>")).isEqualTo(expected);
    assertThat(body("/agencies/500000/disclosure/system/feed.xml")).contains("政府信息公开制度").contains("<entry>");
    // the pages link the feed of what they show
    assertThat(body("/agencies/500000/disclosure/statutory", "category", "REGULATIONS"))
        .contains("/agencies/500000/disclosure/statutory/feed.xml?category=REGULATIONS");
    assertThat(body("/agencies/500000/disclosure/system")).contains("/agencies/500000/disclosure/system/feed.xml");
    mvc.perform(get("/agencies/999999/disclosure/statutory/feed.xml")).andExpect(status().isNotFound());
  }

  @Test
  void theSitemapsListEveryPublishedItemAndEveryColumn() throws Exception {
    long newest = jdbc.sql("select max(id) from catalog_item where state = 'PUBLISHED'").query(Long.class).single();
    long block = (newest - 1) / CatalogPortalController.SITEMAP_BLOCK + 1;
    assertThat(body("/sitemap.xml")).contains("<sitemapindex").contains("/sitemap-columns.xml")
        .contains("/sitemap-items-" + block + ".xml");
    assertThat(body("/sitemap-items-" + block + ".xml")).contains("/items/" + newest + "</loc>");
    long published = jdbc.sql("select count(*) from catalog_item where state = 'PUBLISHED' and id <= :to")
        .param("to", (long) CatalogPortalController.SITEMAP_BLOCK).query(Long.class).single();
    assertThat((long) count(body("/sitemap-items-1.xml"), "<url>")).isEqualTo(published);
    String columns = body("/sitemap-columns.xml");
    assertThat(columns).contains("/agencies/500101/disclosure/guide").contains("/agencies/500101/disclosure/annual-reports");
    mvc.perform(get("/sitemap-items-0.xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap-items-abc.xml")).andExpect(status().is4xxClientError());
  }

  @Test
  void theKioskKeepsSearchesAndItemsInItsLargeView() throws Exception {
    while (indexer.rebuildPending()) {
      Thread.sleep(50);
    }
    indexer.run();
    String results = body("/kiosk", "q", "规范性文件");
    assertThat(results).contains("kiosk-results").contains("/kiosk/items/").contains("action=\"/kiosk\"")
        .doesNotContain("工作人员登录");
    for (String q : new String[] {"AND OR ( * ~ :", "\"\\", "疫情".repeat(5000), " "}) {
      body("/kiosk", "q", q);
    }
    body("/kiosk", "q", "规范性文件", "page", "abc");
    long id = jdbc.sql("select id from catalog_item where state = 'PUBLISHED' and kind = 'NORMATIVE_DOCUMENT' order by id limit 1")
        .query(Long.class).single();
    String title = jdbc.sql("select title from catalog_item where id = :i").param("i", id).query(String.class).single();
    assertThat(body("/kiosk/items/" + id, "q", "规范性文件")).contains("kiosk-item").contains(title).contains("返回查询结果")
        .contains("http-equiv=\"refresh\"");
    long draft = jdbc.sql("select count(*) from catalog_item where state = 'DRAFT'").query(Long.class).single() > 0
        ? jdbc.sql("select min(id) from catalog_item where state = 'DRAFT'").query(Long.class).single() : 987654321L;
    mvc.perform(get("/kiosk/items/{id}", draft)).andExpect(status().isNotFound());
  }

  @Test
  void theItemPageShowsTheMetadataTableAboveTheText() throws Exception {
    long id = jdbc.sql("select id from catalog_item where state = 'PUBLISHED' and kind = 'NORMATIVE_DOCUMENT' order by id limit 1")
        .query(Long.class).single();
    String page = body("/items/" + id);
    int table = page.indexOf("class=\"info metadata\"");
    assertThat(table).isPositive().isLessThan(page.indexOf("item-body"));
    assertThat(page.substring(table, page.indexOf("item-body")))
        .contains("索引号", "发布机构", "成文日期", "发布日期", "文号", "主题分类", "体裁分类", "有效性", "公开方式");
    mvc.perform(get("/agencies/500000/disclosure/statutory").param("category", "REGULATIONS").param("page", "1"))
        .andExpect(content().string(containsString("第 2 /")))
        .andExpect(content().string(containsString("上一页")));
    mvc.perform(get("/agencies/500000/disclosure/statutory").param("category", "NONSENSE"))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("第二十条第（"))));
  }
}
