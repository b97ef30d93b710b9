package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.catalog.internal.Taxonomy;
import org.gongkai.catalog.internal.Taxonomy.Classification;
import org.gongkai.search.internal.SearchIndexer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 目录分类设置: administrators keep the 主题分类 and 体裁分类 lists; forms and filters follow them. */
@GongkaiTest
class ClassificationAdminTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Taxonomy taxonomy;
  @Autowired SearchIndexer indexer;

  private RequestPostProcessor admin() {
    return accounts.as("500000", "ADMIN");
  }

  /** A label no other test uses. */
  private static String unique(String base) {
    return base + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
  }

  private Taxonomy.Term addSubject(String label) throws Exception {
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", label))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("已新增主题分类")));
    return taxonomy.find(Classification.SUBJECT, label).orElseThrow();
  }

  private long audits(String action, String code) {
    return jdbc.sql("select count(*) from audit_log where action = :a and object_id = :c").param("a", action).param("c", code)
        .query(Long.class).single();
  }

  /** Place in the list as the administrators' page shows it (deactivated entries included). */
  private int position(String code) {
    return taxonomy.all(Classification.SUBJECT).stream().map(Taxonomy.Term::code).toList().indexOf(code);
  }

  private String draft(String subject, String title) throws Exception {
    return mvc.perform(post("/admin/catalog/new").with(csrf()).with(accounts.as("500101", "CLERK"))
            .param("agencyCode", "500101").param("title", title).param("writtenOn", "2026-01-05")
            .param("subject", subject).param("genre", "NOTICE").param("category", "OTHER").param("body", "<p>正文</p>"))
        .andReturn().getResponse().getRedirectedUrl();
  }

  @Test
  void administratorAddsRenamesReordersDeactivatesAndDeletesASubject() throws Exception {
    String label = unique("测试主题");
    Taxonomy.Term term = addSubject(label);
    assertThat(term.code()).matches("S\\d+");
    assertThat(taxonomy.subjects()).last().extracting(Taxonomy.Term::code).isEqualTo(term.code());
    mvc.perform(get("/admin/catalog/classifications").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(label)))
        .andExpect(content().string(containsString("体裁分类")));

    String renamed = unique("改名主题");
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/rename", term.code()).with(csrf()).with(admin()).param("label", renamed))
        .andExpect(flash().attribute("flash", containsString("已重命名")));
    assertThat(taxonomy.find(Classification.SUBJECT, term.code()).orElseThrow().label()).isEqualTo(renamed);

    int before = position(term.code());
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/move", term.code()).with(csrf()).with(admin()).param("direction", "up"));
    assertThat(position(term.code())).isEqualTo(before - 1);
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/move", term.code()).with(csrf()).with(admin()).param("direction", "down"));
    assertThat(position(term.code())).isEqualTo(before);

    // the item form offers it while active, not after it is deactivated
    mvc.perform(get("/admin/catalog/new").with(accounts.as("500101", "CLERK"))).andExpect(content().string(containsString(renamed)));
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/deactivate", term.code()).with(csrf()).with(admin()))
        .andExpect(flash().attribute("flash", containsString("已停用")));
    mvc.perform(get("/admin/catalog/new").with(accounts.as("500101", "CLERK"))).andExpect(content().string(not(containsString(renamed))));
    mvc.perform(get("/agencies/500101/disclosure/statutory").param("by", "subject")).andExpect(content().string(not(containsString(renamed))));
    assertThat(draft(term.code(), unique("停用主题的通知"))).isNull();

    mvc.perform(post("/admin/catalog/classifications/subject/{c}/activate", term.code()).with(csrf()).with(admin()))
        .andExpect(flash().attribute("flash", containsString("已重新启用")));
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/delete", term.code()).with(csrf()).with(admin()))
        .andExpect(flash().attribute("flash", containsString("已删除")));
    assertThat(taxonomy.find(Classification.SUBJECT, term.code())).isEmpty();

    for (String action : new String[] {"ADDED", "RENAMED", "DEACTIVATED", "ACTIVATED", "DELETED"}) {
      assertThat(audits("CATALOG_SUBJECT_" + action, term.code())).as(action).isEqualTo(1);
    }
    assertThat(audits("CATALOG_SUBJECT_MOVED", term.code())).isEqualTo(2);
  }

  @Test
  void anEntryInUseCannotBeDeletedOnlyDeactivatedAndItsItemsKeepIt() throws Exception {
    Taxonomy.Term term = addSubject(unique("在用主题"));
    String location = draft(term.code(), unique("使用该主题的通知"));
    assertThat(location).startsWith("/admin/catalog/");
    long id = Long.parseLong(location.replaceAll("^/admin/catalog/(\\d+).*$", "$1"));

    mvc.perform(post("/admin/catalog/classifications/subject/{c}/delete", term.code()).with(csrf()).with(admin()))
        .andExpect(flash().attribute("formError", containsString("已被 1 条政府信息使用，不能删除，只能停用")));
    assertThat(taxonomy.find(Classification.SUBJECT, term.code())).isPresent();
    mvc.perform(get("/admin/catalog/classifications").with(admin()))
        .andExpect(content().string(containsString("/admin/catalog/classifications/subject/" + term.code() + "/deactivate")))
        .andExpect(content().string(not(containsString("/admin/catalog/classifications/subject/" + term.code() + "/delete"))));

    mvc.perform(post("/admin/catalog/classifications/subject/{c}/deactivate", term.code()).with(csrf()).with(admin()));
    // the item keeps its subject: its form still shows it (marked) and saves with it
    mvc.perform(get("/admin/catalog/{id}/edit", id).with(accounts.as("500101", "CLERK")))
        .andExpect(content().string(containsString(term.label() + "（已停用）")));
    mvc.perform(post("/admin/catalog/{id}/edit", id).with(csrf()).with(accounts.as("500101", "CLERK"))
            .param("version", "0").param("title", "改了标题的通知").param("writtenOn", "2026-01-05")
            .param("subject", term.code()).param("genre", "NOTICE").param("category", "OTHER").param("body", "<p>正文</p>"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("select subject_code from catalog_item where id = :i").param("i", id).query(String.class).single())
        .isEqualTo(term.code());
    // another item cannot take it
    mvc.perform(post("/admin/catalog/new").with(csrf()).with(accounts.as("500101", "CLERK"))
            .param("agencyCode", "500101").param("title", "新通知").param("writtenOn", "2026-01-05")
            .param("subject", term.code()).param("genre", "NOTICE").param("category", "OTHER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("主题分类“" + term.label() + "”已停用")));
  }

  @Test
  void badInputAndRulesGetChineseMessagesAndChangeNothing() throws Exception {
    long before = taxonomy.all(Classification.SUBJECT).size() + taxonomy.all(Classification.GENRE).size();
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", " "))
        .andExpect(flash().attribute("formError", containsString("名称不能为空")));
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", "综合政务\\政务公开"))
        .andExpect(flash().attribute("formError", containsString("已被代码 S01 使用")));
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", unique("主题")).param("code", "S01"))
        .andExpect(flash().attribute("formError", containsString("代码 S01 已存在")));
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", unique("主题")).param("code", "坏代码"))
        .andExpect(flash().attribute("formError", containsString("代码只能由字母、数字和下划线组成")));
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(admin()).param("label", "长".repeat(101)))
        .andExpect(flash().attribute("formError", containsString("名称不能超过100个字符")));
    mvc.perform(post("/admin/catalog/classifications/genre").with(csrf()).with(admin()).param("label", unique("体裁")))
        .andExpect(flash().attribute("formError", containsString("请选择该体裁的文件类型")));
    mvc.perform(post("/admin/catalog/classifications/genre/NOTICE/rename").with(csrf()).with(admin()).param("label", "规章"))
        .andExpect(flash().attribute("formError", containsString("名称“规章”已被代码 RULE 使用")));
    assertThat(taxonomy.all(Classification.SUBJECT).size() + taxonomy.all(Classification.GENRE).size()).isEqualTo(before);

    // the regulation's own genres keep one active entry each; a used genre is never deleted
    mvc.perform(post("/admin/catalog/classifications/genre/RULE/deactivate").with(csrf()).with(admin()))
        .andExpect(flash().attribute("formError", containsString("最后一个启用的“规章”类体裁")));
    mvc.perform(post("/admin/catalog/classifications/genre/NORMATIVE/delete").with(csrf()).with(admin()))
        .andExpect(flash().attribute("formError", containsString("不能删除，只能停用")));
    assertThat(taxonomy.genre("RULE")).isPresent();
    mvc.perform(post("/admin/catalog/classifications/nothing").with(csrf()).with(admin()).param("label", "x"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/admin/catalog/classifications/subject/NOPE/rename").with(csrf()).with(admin()).param("label", "x"))
        .andExpect(status().isNotFound()).andExpect(content().string(containsString("未找到该主题分类")));
  }

  @Test
  void aNewGenreCarriesItsKindIntoItems() throws Exception {
    String label = unique("会议纪要");
    mvc.perform(post("/admin/catalog/classifications/genre").with(csrf()).with(admin()).param("label", label).param("kind", "NORMATIVE_DOCUMENT"))
        .andExpect(flash().attribute("flash", containsString("已新增体裁分类")));
    Taxonomy.Term genre = taxonomy.genre(label).orElseThrow();
    assertThat(genre.code()).matches("G\\d+");
    String location = mvc.perform(post("/admin/catalog/new").with(csrf()).with(accounts.as("500101", "CLERK"))
            .param("agencyCode", "500101").param("title", unique("纪要")).param("writtenOn", "2026-01-05")
            .param("subject", "S01").param("genre", genre.code()).param("category", "OTHER").param("body", "<p>正文</p>"))
        .andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.replaceAll("^/admin/catalog/(\\d+).*$", "$1"));
    assertThat(jdbc.sql("select kind || '/' || validity from catalog_item where id = :i").param("i", id).query(String.class).single())
        .isEqualTo("NORMATIVE_DOCUMENT/IN_FORCE");
  }

  @Test
  void renamingShowsUpInSearchFacetsOfPublishedItems() throws Exception {
    Taxonomy.Term term = addSubject(unique("检索主题"));
    long id = Long.parseLong(draft(term.code(), unique("分类改名检索测试通知")).replaceAll("^/admin/catalog/(\\d+).*$", "$1"));
    mvc.perform(post("/admin/catalog/{id}/submit", id).with(csrf()).with(accounts.as("500101", "CLERK")));
    mvc.perform(post("/admin/catalog/{id}/approve", id).with(csrf()).with(accounts.as("500101", "REVIEWER")));
    String renamed = unique("检索新名");
    mvc.perform(post("/admin/catalog/classifications/subject/{c}/rename", term.code()).with(csrf()).with(admin()).param("label", renamed));
    // the indexer works the outbox off every half second; run it now (after any start-up rebuild)
    while (indexer.rebuildPending()) {
      Thread.sleep(50);
    }
    indexer.run();
    mvc.perform(get("/api/v1/search").param("subject", renamed).param("facets", "true"))
        .andExpect(jsonPath("$.hits[0].id").value(id))
        .andExpect(jsonPath("$.facets.subject[0].value").value(renamed))
        .andExpect(jsonPath("$.facets.subject[0].label").value(renamed));
  }

  @Test
  void onlyAdministratorsKeepTheLists() throws Exception {
    mvc.perform(get("/admin/catalog/classifications").with(accounts.as("500000", "SUPERVISOR"))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/catalog/classifications/subject").with(csrf()).with(accounts.as("500101", "CLERK")).param("label", "越权"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/catalog/classifications/genre/NOTICE/deactivate").with(csrf()).with(accounts.as("500000", "SUPERVISOR")))
        .andExpect(status().isForbidden());
    assertThat(taxonomy.genre("NOTICE")).isPresent();
    mvc.perform(get("/admin/catalog").with(accounts.as("500101", "CLERK"))).andExpect(content().string(not(containsString("目录分类设置"))));
    mvc.perform(get("/admin/catalog").with(admin())).andExpect(content().string(containsString("目录分类设置")));
  }
}
