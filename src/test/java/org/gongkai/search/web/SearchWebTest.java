package org.gongkai.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class SearchWebTest {

  @Autowired MockMvc mvc;
  @Autowired SearchIndex index;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Autowired org.gongkai.search.internal.SearchIndexer indexer;

  @BeforeEach
  void indexSomeItems() throws InterruptedException {
    // a rebuild asked for by another test would replace the index: let it finish first (runs are serialised)
    while (indexer.rebuildPending()) {
      Thread.sleep(50);
    }
    indexer.run();
    index.upsert(new SearchDocument(990001, "631526076/2020-00012", "重庆市人民政府关于加强蜂鸟栖息地保护工作的通知",
        "各区县人民政府：为做好蜂鸟栖息地保护工作，现通知如下。", "500000", "/500000/", "重庆市人民政府", "NORMATIVE", "卫生、体育", "通知",
        "渝府发〔2020〕987号", "IN_FORCE", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 2), true));
    index.upsert(new SearchDocument(990002, "11500101/2021-00003", "万州区萤火虫观测工作方案", "萤火虫<b>观测</b>工作方案全文。",
        "500101", "/500000/500101/", "万州区人民政府", "PLAN", "城乡建设、环境保护", "方案", null, null, LocalDate.of(2021, 5, 1),
        LocalDate.of(2021, 5, 2), true));
    index.commit();
  }

  @Test
  void apiAnswersWithTheAgreedFields() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "蜂鸟栖息地"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.hits[0].id").value(990001))
        .andExpect(jsonPath("$.hits[0].indexNumber").value("631526076/2020-00012"))
        .andExpect(jsonPath("$.hits[0].title").value("重庆市人民政府关于加强蜂鸟栖息地保护工作的通知"))
        .andExpect(jsonPath("$.hits[0].agency").value("重庆市人民政府"))
        .andExpect(jsonPath("$.hits[0].publishedAt").value("2020-02-02"))
        .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<em>蜂鸟栖息地</em>")));
  }

  @Test
  void apiFiltersByAgencySubtreeAndDates() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "萤火虫").param("agency", "500101"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.hits[0].id").value(990002));
    mvc.perform(get("/api/v1/search").param("q", "渝府发[2020]987号").param("from", "2020-01-01").param("to", "2020-12-31").param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].id").value(990001));
    mvc.perform(get("/api/v1/search").param("q", "萤火虫").param("facets", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.facets.year[0].value").value("2021"));
  }

  @Test
  void apiRejectsBadParametersWithFieldErrors() throws Exception {
    String[][] cases = {
        {"from", "2020-13-45"}, {"to", "yesterday"}, {"page", "0"}, {"page", "abc"}, {"page", "99999999999"},
        {"size", "500"}, {"sort", "random"}, {"agency", "999999"}, {"validity", "maybe"}};
    for (String[] c : cases) {
      mvc.perform(get("/api/v1/search").param("q", "疫情").param(c[0], c[1]))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.errors[0].field").value(c[0]));
    }
    mvc.perform(get("/api/v1/search").param("from", "2021-01-01").param("to", "2020-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void apiTakesAnyTextAsAQuery() throws Exception {
    for (String q : new String[] {"", "   ", "AND OR ( * ~ :", "\"\\", "title:*", "疫情".repeat(5000), "[2020 TO *]", "防控~2^3"}) {
      mvc.perform(get("/api/v1/search").param("q", q)).andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
    }
  }

  @Test
  void searchPageShowsHighlightedEscapedHits() throws Exception {
    mvc.perform(get("/search").param("q", "萤火虫")).andExpect(status().isOk());
    mvc.perform(get("/search").param("q", "观测"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("万州区萤火虫<em>观测</em>工作方案")))
        .andExpect(content().string(containsString("&lt;b&gt;<em>观测</em>&lt;/b&gt;")))
        .andExpect(content().string(containsString("href=\"/items/990002\"")))
        .andExpect(content().string(containsString("11500101/2021-00003")));
  }

  @Test
  void searchPageNeverFailsOnBadInput() throws Exception {
    mvc.perform(get("/search").param("q", "<script>alert(1)</script>").param("from", "2020-99-01").param("page", "-3").param("agency", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日期格式应为 yyyy-MM-dd")))
        .andExpect(content().string(containsString("机构代码不存在")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    mvc.perform(get("/search").param("q", "AND OR ( * ~ : \" \\ " + "政".repeat(10_000)))
        .andExpect(status().isOk());
    mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(containsString("政府信息检索")));
  }

  @Test
  void searchPageFiltersAndShowsFacets() throws Exception {
    mvc.perform(get("/search").param("q", "萤火虫").param("agency", "500101").param("sort", "date"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("万州区<em>萤火虫</em>观测")))
        .andExpect(content().string(not(containsString("加强<em>"))))
        .andExpect(content().string(containsString("发布年份")));
  }

  @Test
  void facetsCarryChineseLabelsBesideTheirKeys() throws Exception {
    index.upsert(new SearchDocument(990003, "11500101/2024-00007", "万州区关于废止白鹭湿地管理办法的决定", "白鹭湿地管理办法自即日起废止。",
        "500101", "/500000/500101/", "重庆市万州区人民政府", "REGULATIONS", "城乡建设、环境保护", "行政规范性文件",
        "万州府发〔2024〕7号", "REPEALED", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), true));
    index.commit();
    mvc.perform(get("/api/v1/search").param("q", "白鹭湿地").param("facets", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.facets.category[0].value").value("REGULATIONS"))
        .andExpect(jsonPath("$.facets.category[0].count").value(1))
        .andExpect(jsonPath("$.facets.category[0].label").value("行政法规、规章和规范性文件"))
        .andExpect(jsonPath("$.facets.subject[0].label").value("城乡建设、环境保护"))
        .andExpect(jsonPath("$.facets.genre[0].label").value("行政规范性文件"))
        .andExpect(jsonPath("$.facets.validity[0].value").value("REPEALED"))
        .andExpect(jsonPath("$.facets.validity[0].label").value("废止"))
        .andExpect(jsonPath("$.facets.year[0].label").value("2024年"))
        .andExpect(jsonPath("$.facets.agency[0].value").value("500101"))
        .andExpect(jsonPath("$.facets.agency[0].label").value("重庆市万州区人民政府"));
    mvc.perform(get("/search").param("q", "白鹭湿地").param("category", "REGULATIONS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("行政法规、规章和规范性文件")))
        .andExpect(content().string(containsString("类别：行政法规、规章和规范性文件")))
        .andExpect(content().string(containsString("效力状态")))
        .andExpect(content().string(containsString(">废止<")))
        .andExpect(content().string(not(containsString(">REGULATIONS<"))))
        .andExpect(content().string(not(containsString(">REPEALED<"))));
    index.delete(990003);
    index.commit();
  }

  @Test
  void portalMenuAndHeaderLeadToSearch() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("信息检索")))
        .andExpect(content().string(containsString("class=\"header-search\"")));
  }

  @Test
  void onlyAdministratorsSeeAndRebuildTheIndex() throws Exception {
    mvc.perform(get("/admin/search").with(accounts.as("500101", "CLERK"))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/search/rebuild").with(accounts.as("500000", "SUPERVISOR")).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(get("/admin/search").with(accounts.as("500000", "ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("索引条目")))
        .andExpect(content().string(containsString("待处理变更")));
    long before = jdbc.sql("select count(*) from audit_log where action = 'SEARCH_REBUILD'").query(Long.class).single();
    mvc.perform(post("/admin/search/rebuild").with(accounts.as("500000", "ADMIN")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/search"));
    long after = jdbc.sql("select count(*) from audit_log where action = 'SEARCH_REBUILD'").query(Long.class).single();
    assertThat(after).isEqualTo(before + 1);
  }
}
