package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.catalog.internal.CatalogItem;
import org.gongkai.catalog.internal.CatalogQueries;
import org.gongkai.catalog.internal.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalog end to end: forms, workflow, public pages and API, and bad input. */
@GongkaiTest
class CatalogFlowTest {

  private final MockMvc mvc;
  private final TestAccounts accounts;
  private final JdbcClient jdbc;
  private final CatalogQueries queries;
  private final Publication publication;

  @Autowired
  CatalogFlowTest(MockMvc mvc, TestAccounts accounts, JdbcClient jdbc, CatalogQueries queries, Publication publication) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.queries = queries;
    this.publication = publication;
  }

  private MockHttpServletRequestBuilder newItem(String title, String documentNumber, String writtenOn, String body) {
    return post("/admin/catalog/new").with(csrf())
        .param("agencyCode", "500101")
        .param("title", title)
        .param("documentNumber", documentNumber)
        .param("writtenOn", writtenOn)
        .param("subject", "S01")
        .param("genre", "NOTICE")
        .param("category", "OTHER")
        .param("body", body);
  }

  private long created(String location) {
    return Long.parseLong(location.replaceAll("^/admin/catalog/(\\d+).*$", "$1"));
  }

  private long countTitled(String title) {
    return jdbc.sql("select count(*) from catalog_item where title = :t").param("t", title).query(Long.class).single();
  }

  @Test
  void clerkWritesReviewerPublishesAndThePublicSeesTheMetadata() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    RequestPostProcessor reviewer = accounts.as("500101", "REVIEWER");
    String location = mvc.perform(newItem("万州区关于开展垃圾分类宣传周活动的通知", "万州府发[２０２６]3号", "2026-01-05",
            "<p>请各单位参加。</p><script>alert('x')</script><p onclick=\"x()\">联系人 13912345678</p>").with(clerk))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    long id = created(location);
    CatalogItem draft = queries.find(id).orElseThrow();
    assertThat(draft.body()).doesNotContain("script", "onclick", "alert");
    assertThat(draft.indexNumber()).isNull();

    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(reviewer))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("草稿")));
    mvc.perform(post("/admin/catalog/{id}/submit", id).with(csrf()).with(reviewer)).andExpect(status().isForbidden());
    mvc.perform(post("/admin/catalog/{id}/submit", id).with(csrf()).with(clerk)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/catalog/{id}", id).with(reviewer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("手机号码")))
        .andExpect(content().string(containsString("13912345678")));
    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(clerk)).andExpect(status().isForbidden());
    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(reviewer)).andExpect(status().is3xxRedirection());

    CatalogItem published = queries.find(id).orElseThrow();
    assertThat(published.indexNumber()).matches("[0-9A-Z]{9}/20\\d\\d-\\d{5}");
    assertThat(published.documentNumber()).isEqualTo("万州府发[２０２６]3号");
    mvc.perform(get("/items/{id}", id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(published.indexNumber())))
        .andExpect(content().string(containsString("成文日期")))
        .andExpect(content().string(containsString("2026-01-05")))
        .andExpect(content().string(not(containsString("alert('x')"))));
    mvc.perform(get("/api/v1/items/{id}", id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.indexNumber").value(published.indexNumber()))
        .andExpect(jsonPath("$.agency.code").value("500101"))
        .andExpect(jsonPath("$.category.item").value(15));
    mvc.perform(get("/api/v1/items").param("indexNumber", published.indexNumber()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    mvc.perform(get("/agencies/500101/disclosure/statutory").param("documentNumber", "万州府发〔2026〕3号"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("垃圾分类宣传周")));
    assertThat(jdbc.sql("select count(*) from catalog_transition where item_id = :i").param("i", id).query(Long.class).single())
        .isEqualTo(3);
    assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'catalog_item' and object_id = :i")
        .param("i", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);

    mvc.perform(post("/admin/catalog/{id}/withdraw", id).with(csrf()).with(reviewer).param("reason", ""))
        .andExpect(flash().attribute("formError", containsString("撤回原因不能为空")));
    mvc.perform(post("/admin/catalog/{id}/withdraw", id).with(csrf()).with(reviewer).param("reason", "活动取消，信息失效"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/items/{id}", id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本信息已撤回")))
        .andExpect(content().string(containsString("活动取消，信息失效")));
    mvc.perform(post("/admin/catalog/{id}/withdraw", id).with(csrf()).with(reviewer).param("reason", "再撤一次"))
        .andExpect(status().isConflict());
  }

  @Test
  void badInputGetsMessagesAndSavesNothing() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    mvc.perform(newItem("", "", "2026-01-05", "x").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("标题不能为空")));
    mvc.perform(newItem("超长文号的通知", "号".repeat(10_000), "2026-01-05", "x").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("文号不能超过100个字符")));
    assertThat(countTitled("超长文号的通知")).isZero();
    mvc.perform(newItem("坏日期的通知", "", "2026-13-45", "x").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("成文日期格式不正确")));
    mvc.perform(newItem("未来日期的通知", "", "2999-01-01", "x").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("成文日期不能晚于今天")));
    assertThat(countTitled("坏日期的通知") + countTitled("未来日期的通知")).isZero();
    mvc.perform(post("/admin/catalog/new").with(csrf()).with(clerk).param("title", "缺字段"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择体裁分类")));
    mvc.perform(get("/api/v1/items/987654321")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value(containsString("未找到")));
    mvc.perform(get("/api/v1/items/abc")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/items").param("indexNumber", "x".repeat(10_000))).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/items").param("indexNumber", "no-such/thing")).andExpect(status().isNotFound());
    mvc.perform(get("/agencies/500000/disclosure/statutory").param("page", "-5").param("from", "not-a-date")
            .param("q", "<script>alert(1)</script>" + "长".repeat(5000)))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("<script>alert(1)"))));
    mvc.perform(get("/items/{id}", 987654321)).andExpect(status().isNotFound());
  }

  @Test
  void draftsAreNotPublic() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long id = created(mvc.perform(newItem("草稿不公开的通知", "", "2026-01-05", "x").with(clerk))
        .andReturn().getResponse().getRedirectedUrl());
    mvc.perform(get("/items/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/items/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(get("/admin/catalog/{id}", id).with(accounts.as("500102", "CLERK"))).andExpect(status().isForbidden());
  }

  @Test
  void interpretationIsPublishedTogetherWithItsDocument() throws Exception {
    RequestPostProcessor clerk = accounts.as("500000B03", "CLERK");
    RequestPostProcessor reviewer = accounts.as("500000B03", "REVIEWER");
    long doc = created(mvc.perform(post("/admin/catalog/new").with(csrf()).with(clerk)
            .param("agencyCode", "500000B03").param("title", "重庆市教育委员会关于印发学前教育发展管理办法的通知")
            .param("documentNumber", "渝教规〔2026〕1号").param("writtenOn", "2026-02-01").param("subject", "S10")
            .param("genre", "NORMATIVE").param("category", "OTHER").param("needsInterpretation", "true").param("body", "<p>正文</p>"))
        .andReturn().getResponse().getRedirectedUrl());
    assertThat(queries.find(doc).orElseThrow().validity().name()).isEqualTo("IN_FORCE");
    long interpretation = created(mvc.perform(post("/admin/catalog/new").with(csrf()).with(clerk)
            .param("agencyCode", "500000B03").param("title", "《学前教育发展管理办法》政策解读").param("writtenOn", "2026-02-01")
            .param("subject", "S10").param("genre", "INTERPRETATION").param("category", "REGULATIONS")
            .param("interpretsId", String.valueOf(doc)).param("body", "<p>解读</p>"))
        .andReturn().getResponse().getRedirectedUrl());
    mvc.perform(post("/admin/catalog/{id}/submit", interpretation).with(csrf()).with(clerk));
    mvc.perform(post("/admin/catalog/{id}/approve", interpretation).with(csrf()).with(reviewer)).andExpect(status().isConflict());
    mvc.perform(post("/admin/catalog/{id}/submit", doc).with(csrf()).with(clerk));
    mvc.perform(post("/admin/catalog/{id}/approve", doc).with(csrf()).with(reviewer)).andExpect(status().is3xxRedirection());
    assertThat(queries.find(interpretation).orElseThrow().isPublished()).isTrue();
    assertThat(queries.lacksInterpretation(queries.find(doc).orElseThrow())).isFalse();
    mvc.perform(get("/items/{id}", doc)).andExpect(content().string(containsString("政策解读")))
        .andExpect(content().string(containsString("《学前教育发展管理办法》政策解读")));

    // a later document repeals it: both pages show the link, the validity history records it
    long repealer = created(mvc.perform(post("/admin/catalog/new").with(csrf()).with(clerk)
            .param("agencyCode", "500000B03").param("title", "重庆市教育委员会关于废止部分规范性文件的决定")
            .param("documentNumber", "渝教规〔2026〕2号").param("writtenOn", "2026-03-01").param("subject", "S10")
            .param("genre", "NORMATIVE").param("category", "REGULATIONS").param("body", "<p>决定</p>"))
        .andReturn().getResponse().getRedirectedUrl());
    mvc.perform(post("/admin/catalog/{id}/submit", repealer).with(csrf()).with(clerk));
    mvc.perform(post("/admin/catalog/{id}/approve", repealer).with(csrf()).with(reviewer));
    mvc.perform(post("/admin/catalog/{id}/link", repealer).with(csrf()).with(clerk).param("kind", "REPEALS")
        .param("target", queries.find(doc).orElseThrow().indexNumber()).param("on", "2026-03-15"));
    CatalogItem repealed = queries.find(doc).orElseThrow();
    assertThat(repealed.validity().name()).isEqualTo("REPEALED");
    assertThat(repealed.endedOn()).hasToString("2026-03-15");
    mvc.perform(get("/items/{id}", doc)).andExpect(content().string(containsString("被废止")))
        .andExpect(content().string(containsString("废止部分规范性文件的决定")));
    mvc.perform(get("/items/{id}", repealer)).andExpect(content().string(containsString("废止了")));
    mvc.perform(get("/api/v1/items/{id}", doc)).andExpect(jsonPath("$.validity.key").value("REPEALED"))
        .andExpect(jsonPath("$.links[0].kind").value("REPEALED_BY"));
  }

  @Test
  void scheduledItemsArePublishedWhenTheirTimeComes() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    RequestPostProcessor reviewer = accounts.as("500101", "REVIEWER");
    long id = created(mvc.perform(newItem("定时发布的通知", "", "2026-01-05", "x").with(clerk))
        .andReturn().getResponse().getRedirectedUrl());
    mvc.perform(post("/admin/catalog/{id}/submit", id).with(csrf()).with(clerk));
    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(reviewer).param("publishAt", "2099-13-01T09:00"))
        .andExpect(flash().attribute("formError", containsString("格式不正确")));
    String later = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2).withNano(0).withSecond(0).toString();
    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(reviewer).param("publishAt", later));
    assertThat(queries.find(id).orElseThrow().state().name()).isEqualTo("SCHEDULED");
    mvc.perform(get("/items/{id}", id)).andExpect(status().isNotFound());
    jdbc.sql("update catalog_item set scheduled_at = :t where id = :i")
        .param("t", Timestamp.from(Instant.now().minusSeconds(5))).param("i", id).update();
    assertThat(publication.publishDue()).isGreaterThanOrEqualTo(1);
    CatalogItem item = queries.find(id).orElseThrow();
    assertThat(item.state().name()).isEqualTo("PUBLISHED");
    assertThat(item.indexNumber()).isNotNull();
    // written on 5 January, published months later: flagged under Art. 26
    mvc.perform(get("/admin/catalog/{id}", id).with(reviewer))
        .andExpect(content().string(containsString("超期公开")));
  }

  @Test
  void portalPagesFeedSitemapAndKioskWork() throws Exception {
    mvc.perform(get("/agencies/500000/disclosure/statutory").param("category", "REGULATIONS"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("重庆市人民政府令第")));
    mvc.perform(get("/agencies/500000/disclosure/statutory").param("by", "subject"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("综合政务\\政务公开")));
    mvc.perform(get("/agencies/500000/disclosure/system")).andExpect(status().isOk())
        .andExpect(content().string(containsString("政府信息公开工作制度")));
    mvc.perform(get("/agencies/500000/disclosure/statutory/feed.xml")).andExpect(status().isOk())
        .andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\"")));
    mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andExpect(content().string(containsString("/sitemap-items-1.xml")));
    mvc.perform(get("/sitemap-items-1.xml")).andExpect(status().isOk()).andExpect(content().string(containsString("/items/")));
    mvc.perform(get("/kiosk")).andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*action=\"/kiosk\".*name=\"q\".*")));
  }
}
