package org.gongkai.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.report.FigureSet;
import org.gongkai.decision.internal.DecisionFigures;
import org.gongkai.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class PowerListAndFilingWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DecisionFigures figures;

  private long count(String agency, int year) {
    return jdbc.sql("select count(*) from power_item i join power_list l on l.id = i.list_id where l.agency_code = ? and l.year = ?")
        .params(agency, year).query(Long.class).single();
  }

  @Test
  void copiesLastYearsListThenEditsItAndTheReportSeesTheChange() throws Exception {
    String agency = "500110B02";
    long before = count(agency, 2020);
    assertThat(before).isPositive();
    var clerk = accounts.as(agency, "CLERK");
    mvc.perform(post("/admin/power-lists/create").param("agency", agency).param("year", "2021").param("copy", "true").with(clerk).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("已复制 2020 年度清单")));
    assertThat(count(agency, 2021)).isEqualTo(before);
    mvc.perform(post("/admin/power-lists/create").param("agency", agency).param("year", "2021").param("copy", "true").with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", org.hamcrest.Matchers.containsString("已经存在")));
    mvc.perform(post("/admin/power-lists/items").param("agency", agency).param("year", "2021").param("kind", "LICENSING")
            .param("itemCode", "XK-NEW-1").param("name", "校外培训机构设立审批").param("legalBasis", "《民办教育促进法》").with(clerk).with(csrf()))
        .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("已新增事项")));
    mvc.perform(post("/admin/power-lists/items").param("agency", agency).param("year", "2021").param("kind", "")
            .param("itemCode", "").param("name", "").with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString("事项编码不能为空"), org.hamcrest.Matchers.containsString("请选择事项类别"))));
    long penalty = jdbc.sql("select i.id from power_item i join power_list l on l.id = i.list_id where l.agency_code = ? and l.year = 2021 and i.kind = 'PENALTY' limit 1")
        .param(agency).query(Long.class).single();
    mvc.perform(post("/admin/power-lists/items/" + penalty + "/delete").with(clerk).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(count(agency, 2021)).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from audit_log where action in ('POWER_LIST_CREATED', 'POWER_ITEM_ADDED', 'POWER_ITEM_REMOVED') and summary like ?")
        .param(agency + "%").query(Long.class).single()).isEqualTo(2);

    FigureSet set = figures.proactive(Set.of(agency), 2021, ReportFormat.F2019);
    assertThat(set.cells().get("proactive.administrativeLicensing.itemsChange").longValue()).isEqualTo(1);
    assertThat(set.cells().get("proactive.administrativePenalty.itemsChange").longValue()).isEqualTo(-1);

    // a reviewer reads but does not edit; another agency's clerk does not even read
    mvc.perform(post("/admin/power-lists/items/" + penalty + "/delete").with(accounts.as(agency, "REVIEWER")).with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(get("/admin/power-lists").param("agency", agency).with(accounts.as("500101B01", "CLERK"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin/power-lists").param("agency", agency).param("year", "2021").with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("校外培训机构设立审批")));
    mvc.perform(get("/agencies/" + agency + "/power-list").param("year", "2021"))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("校外培训机构设立审批")));
    mvc.perform(get("/decisions")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("查看清单")));
  }

  @Test
  void aFilingIsCheckedSubmittedAndApprovedByTheSupervisorBeforeTheReportUsesIt() throws Exception {
    String agency = "500111001";
    var clerk = accounts.as(agency, "CLERK");
    mvc.perform(post("/admin/filed-statistics").param("agency", agency).param("year", "2022")
            .param("centralizedProcurement.projects", "-3").param("centralizedProcurement.amountWanYuan", "一百")
            .param("administrativeLicensing.decisions", "1.5").with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString("不能为负数"), org.hamcrest.Matchers.containsString("应填写数字"),
            org.hamcrest.Matchers.containsString("应为整数"))));
    assertThat(jdbc.sql("select count(*) from filed_statistic where agency_code = ? and year = 2022").param(agency).query(Long.class).single()).isZero();

    mvc.perform(post("/admin/filed-statistics").param("agency", agency).param("year", "2022").param("action", "submit")
            .param("centralizedProcurement.projects", "12").param("centralizedProcurement.amountWanYuan", "345.67")
            .param("administrativeLicensing.itemsChange", "-2").with(clerk).with(csrf()))
        .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("已提交")));
    FigureSet pending = figures.proactive(Set.of(agency), 2022, ReportFormat.F2019);
    assertThat(pending.cells().get("proactive.centralizedProcurement.projects").longValue()).isZero();

    mvc.perform(post("/admin/filed-statistics/review").param("agency", agency).param("year", "2022").param("decision", "approve")
            .with(clerk).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/filed-statistics/review").param("agency", agency).param("year", "2022").param("decision", "return")
            .with(accounts.as("500111", "SUPERVISOR")).with(csrf()))
        .andExpect(flash().attribute("formError", org.hamcrest.Matchers.containsString("退回理由")));
    mvc.perform(post("/admin/filed-statistics/review").param("agency", agency).param("year", "2022").param("decision", "approve")
            .param("comment", "数字与采购系统一致").with(accounts.as("500111", "SUPERVISOR")).with(csrf()))
        .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("审核通过")));
    FigureSet approved = figures.proactive(Set.of(agency), 2022, ReportFormat.F2019);
    assertThat(approved.cells().get("proactive.centralizedProcurement.projects").longValue()).isEqualTo(12);
    assertThat(new java.math.BigDecimal(approved.cells().get("proactive.centralizedProcurement.amountWanYuan").toString()))
        .isEqualByComparingTo("345.67");
    assertThat(approved.sources().get("proactive.centralizedProcurement.projects")).isEqualTo("filed");
    assertThat(approved.cells().get("proactive.administrativeLicensing.itemsChange").longValue()).isEqualTo(-2);
    // approved: no more edits until it is taken back
    mvc.perform(post("/admin/filed-statistics").param("agency", agency).param("year", "2022").param("centralizedProcurement.projects", "13")
            .with(clerk).with(csrf()))
        .andExpect(flash().attribute("formError", org.hamcrest.Matchers.containsString("已通过")));
    assertThat(jdbc.sql("select count(*) from audit_log where object_id = ?").param(agency + "/2022").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    mvc.perform(get("/admin/filed-statistics").param("agency", agency).param("year", "2022").with(clerk))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("已通过")));
  }
}
