package org.gongkai.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.report.ReportStatus;
import org.gongkai.report.workflow.AnnualReportWorkflow;
import org.gongkai.report.workflow.StoredReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class ReportWorkflowTest {

  private static final String AGENCY = "500103B02";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AnnualReportWorkflow workflow;
  @Autowired JdbcClient jdbc;

  @Test
  void draftIsSubmittedPublishedFrozenAndCorrectedAsANewVersion() throws Exception {
    var clerk = accounts.as(AGENCY, "CLERK");
    var supervisor = accounts.as("500103", "SUPERVISOR");
    String base = "/admin/annual-reports/" + AGENCY + "/2020";
    mvc.perform(get(base).with(clerk)).andExpect(status().isOk()).andExpect(content().string(containsString("尚未建立")));
    mvc.perform(post(base + "/save").param("overview", "2020年，本机关认真贯彻《条例》。").param("problems", "基层力量薄弱。")
            .param("otherMatters", "无。").with(clerk).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "已保存"));
    StoredReport draft = workflow.current(AGENCY, 2020).orElseThrow();
    assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(draft.scope()).isEqualTo("self");

    // the clerk may not publish; the supervisor may not publish a draft
    mvc.perform(post(base + "/publish").param("lockVersion", String.valueOf(draft.lockVersion())).with(clerk).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(base + "/publish").param("lockVersion", String.valueOf(draft.lockVersion())).with(supervisor).with(csrf()))
        .andExpect(flash().attribute("formError", containsString("当前状态为“草稿”")));

    mvc.perform(post(base + "/submit").param("lockVersion", String.valueOf(draft.lockVersion())).with(clerk).with(csrf()))
        .andExpect(flash().attribute("flash", containsString("已报送")));
    StoredReport submitted = workflow.current(AGENCY, 2020).orElseThrow();
    // editing after submission is refused, naming the state
    mvc.perform(post(base + "/save").param("overview", "改").param("lockVersion", String.valueOf(submitted.lockVersion()))
            .with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", containsString("已报送")));
    mvc.perform(post(base + "/publish").param("lockVersion", String.valueOf(submitted.lockVersion())).with(supervisor).with(csrf()))
        .andExpect(flash().attribute("flash", containsString("已发布")));
    StoredReport published = workflow.published(AGENCY, 2020).orElseThrow();
    assertThat(published.tablesJson()).contains("\"format\":\"2019\"");

    mvc.perform(get("/agencies/" + AGENCY + "/annual-reports/2020"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2020年，本机关认真贯彻《条例》。")))
        .andExpect(content().string(not(containsString("平台依据各机关的业务记录自动汇总生成"))));
    mvc.perform(get("/agencies/" + AGENCY + "/disclosure/annual-reports"))
        .andExpect(content().string(containsString("2020年政府信息公开工作年度报告")));

    // correction: a new version, the published one stays until the correction is published
    mvc.perform(post(base + "/correct").param("note", "").with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", containsString("更正说明")));
    mvc.perform(post(base + "/correct").param("note", "更正第五部分的错别字").with(clerk).with(csrf()))
        .andExpect(flash().attribute("flash", containsString("更正版本")));
    StoredReport v2 = workflow.current(AGENCY, 2020).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.overview()).isEqualTo(published.overview());
    assertThat(workflow.published(AGENCY, 2020).orElseThrow().version()).isEqualTo(1);
    mvc.perform(post(base + "/submit").param("lockVersion", String.valueOf(v2.lockVersion())).with(clerk).with(csrf()));
    mvc.perform(post(base + "/publish").param("lockVersion", String.valueOf(v2.lockVersion() + 1)).with(supervisor).with(csrf()));
    mvc.perform(get("/agencies/" + AGENCY + "/annual-reports/2020"))
        .andExpect(content().string(containsString("更正第五部分的错别字")));

    long audited = jdbc.sql("select count(*) from audit_log where object_type = 'annual_report' and object_id in (:a, :b)")
        .param("a", String.valueOf(published.id())).param("b", String.valueOf(v2.id())).query(Long.class).single();
    assertThat(audited).isGreaterThanOrEqualTo(7);
  }

  @Test
  void aStaleEditIsRefused() throws Exception {
    var clerk = accounts.as("500104B01", "CLERK");
    String base = "/admin/annual-reports/500104B01/2021";
    mvc.perform(post(base + "/save").param("overview", "一").with(clerk).with(csrf()));
    StoredReport r = workflow.current("500104B01", 2021).orElseThrow();
    mvc.perform(post(base + "/save").param("overview", "二").param("lockVersion", String.valueOf(r.lockVersion())).with(clerk).with(csrf()))
        .andExpect(flash().attribute("flash", "已保存"));
    mvc.perform(post(base + "/save").param("overview", "三").param("lockVersion", String.valueOf(r.lockVersion())).with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", containsString("已被他人修改")));
  }

  @Test
  void staffOfAnotherAgencyCannotOpenTheEditor() throws Exception {
    mvc.perform(get("/admin/annual-reports/500101B01/2020").with(accounts.as("500102", "CLERK")))
        .andExpect(status().isForbidden());
  }

  @Test
  void supervisorDashboardListsAgenciesThatHaveNotSubmitted() throws Exception {
    mvc.perform(get("/admin").with(accounts.as("500105", "SUPERVISOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("年度政府信息公开工作年度报告报送情况")))
        .andExpect(content().string(containsString("法定期限：政府部门 1 月 31 日前")));
  }
}
