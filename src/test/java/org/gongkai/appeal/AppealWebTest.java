package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Forms and API of the registers: bad input is refused field by field, nothing saved; changes are audited. */
@GongkaiTest
class AppealWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private long cases() {
    return jdbc.sql("select count(*) from appeal_case").query(Long.class).single();
  }

  private MockHttpServletRequestBuilder form(RequestPostProcessor who, String... fields) {
    MockHttpServletRequestBuilder b = post("/admin/appeals/new").with(who).with(csrf());
    String[] defaults = {
      "kind", "RECONSIDERATION", "agencyCode", "500101", "applicantName", "陈海燕", "receivedOn", "2025-03-02",
      "decidingBody", "重庆市人民政府", "result", "PENDING", "decidedOn", "", "summary", "对答复不服"};
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < defaults.length; i += 2) {
      values.put(defaults[i], defaults[i + 1]);
    }
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    values.forEach(b::param);
    return b;
  }

  @Test
  void aFormWithBadValuesShowsChineseFieldErrorsAndSavesNothing() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long before = cases();
    String[][] bad = {
      {"receivedOn", TODAY.plusDays(1).toString(), "不能晚于今天"},
      {"receivedOn", "2020-13-45", "格式不正确"},
      {"receivedOn", "2001-01-01", "不能早于《政府信息公开条例》施行之日"},
      {"agencyCode", "599999", "未找到代码为“599999”的行政机关"},
      {"summary", "公".repeat(1024 * 1024), "案情摘要不能超过2000个字符"},
      {"applicantName", "", "申请人不能为空"},
      {"requestTrackingNumber", "not a number", "申请编号格式不正确"},
      {"result", "WON", "审理结果的取值无效"},
      {"kind", "APPEAL", "案件类别的取值无效"},
    };
    for (String[] b : bad) {
      mvc.perform(form(clerk, b[0], b[1]))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString(b[2])))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("登记失败")));
    }
    mvc.perform(form(clerk, "result", "UPHELD", "decidedOn", "2025-03-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("审结日期不能早于收到复议申请日期 2025-03-02")));
    mvc.perform(form(clerk, "result", "UPHELD", "decidedOn", TODAY.plusDays(3).toString()))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("审结日期不能晚于今天")));
    mvc.perform(form(clerk, "result", "UPHELD"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("已审结的案件请填写审结日期")));
    mvc.perform(form(clerk, "kind", "LITIGATION", "route", "SIDEWAYS", "reconsiderationId", "abc"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("起诉方式的取值无效")));
    mvc.perform(form(clerk, "kind", "LITIGATION", "route", "AFTER_RECONSIDERATION", "reconsiderationId", "abc"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("关联复议案件编号应为数字")));
    assertThat(cases()).isEqualTo(before);

    mvc.perform(form(clerk, "requestTrackingNumber", "YSQ-2025-500101-00123"))
        .andExpect(status().is3xxRedirection());
    assertThat(cases()).isEqualTo(before + 1);
  }

  @Test
  void theApiNamesTheJsonFieldsInErrorAndSavesNothing() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    long before = cases();
    mvc.perform(post("/api/v1/admin/appeals/cases").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"LITIGATION","route":"DIRECT","agencyCode":"500101","applicantName":"周光荣",
                 "receivedOn":"2025-05-10","decidingBody":"重庆市万州区人民法院","result":"CORRECTED","decidedOn":"2025-05-01"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("审结日期不能早于立案日期")));
    mvc.perform(post("/api/v1/admin/appeals/cases").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\": 12, \"receivedOn\": [1]}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/admin/appeals/cases").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("not json"))
        .andExpect(status().isBadRequest());
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void registeringEditingAndDecidingACaseIsAuditedAndASecondDecisionIsRefused() throws Exception {
    String user = accounts.create("500101", "CLERK");
    RequestPostProcessor clerk = accounts.login(user);
    String body = mvc.perform(post("/api/v1/admin/appeals/cases").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"RECONSIDERATION","agencyCode":"500101B02","applicantName":"审计测试人",
                 "receivedOn":"2025-06-10","decidingBody":"重庆市万州区人民政府","result":"PENDING",
                 "requestTrackingNumber":"YSQ-2025-500101-00777"}"""))
        .andReturn().getResponse().getContentAsString();
    // a clerk of 500101 works only 500101's own records, not its departments'
    assertThat(body).contains("无权");
    String created = mvc.perform(post("/api/v1/admin/appeals/cases").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"RECONSIDERATION","agencyCode":"500101","applicantName":"审计测试人",
                 "receivedOn":"2025-06-10","decidingBody":"重庆市人民政府","result":"PENDING",
                 "requestTrackingNumber":"YSQ-2025-500101-00777"}"""))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andReturn().getResponse().getContentAsString();
    int id = JsonPath.read(created, "$.id");
    mvc.perform(put("/api/v1/admin/appeals/cases/" + id).with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"RECONSIDERATION","agencyCode":"500101","applicantName":"审计测试人（更正）",
                 "receivedOn":"2025-06-10","decidingBody":"重庆市人民政府","result":"PENDING","version":0}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    // an edit based on the old version is refused
    mvc.perform(put("/api/v1/admin/appeals/cases/" + id).with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"RECONSIDERATION","agencyCode":"500101","applicantName":"过期编辑",
                 "receivedOn":"2025-06-10","decidingBody":"重庆市人民政府","result":"PENDING","version":0}"""))
        .andExpect(status().isConflict());
    mvc.perform(post("/admin/appeals/" + id + "/decide").with(clerk).with(csrf())
            .param("result", "CORRECTED").param("decidedOn", "2025-08-01").param("version", "1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/api/v1/admin/appeals/cases/" + id + "/decision").with(clerk).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"UPHELD\",\"decidedOn\":\"2025-08-02\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已审结（结果纠正")));
    mvc.perform(post("/admin/appeals/" + id + "/decide").with(clerk).with(csrf())
            .param("result", "UPHELD").param("decidedOn", "2025-08-02"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("不能再次登记审结结果")));

    List<String> actions = jdbc.sql("select action from audit_log where object_type = 'appeal_case' and object_id = ? and actor = ? order by id")
        .params(String.valueOf(id), user).query(String.class).list();
    assertThat(actions).containsExactly("APPEAL_CASE_REGISTERED", "APPEAL_CASE_UPDATED", "APPEAL_CASE_DECIDED");
    mvc.perform(get("/admin/appeals/" + id).with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("审计测试人（更正）")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("申请人（原告）：审计测试人 → 审计测试人（更正）")));
  }

  @Test
  void aComplaintIsReceivedInvestigatedAndAnsweredByTheSupervisorsStaffStepByStep() throws Exception {
    String user = accounts.create("500101", "CLERK");
    RequestPostProcessor clerk = accounts.login(user);
    String created = mvc.perform(post("/api/v1/admin/appeals/complaints").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"agencyCode":"500101B01","complainantName":"投诉测试人","channel":"ONLINE","receivedOn":"2025-04-01",
                 "content":"申请逾期未答复"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.supervisorCode").value("500101"))
        .andExpect(jsonPath("$.state").value("RECEIVED"))
        .andReturn().getResponse().getContentAsString();
    int id = JsonPath.read(created, "$.id");
    mvc.perform(post("/api/v1/admin/appeals/complaints/" + id + "/answer").with(clerk).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"finding\":\"NOT_SUBSTANTIATED\",\"answer\":\"不属实\",\"answeredOn\":\"2025-04-10\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("当前状态为“已受理”")));
    mvc.perform(post("/admin/appeals/complaints/" + id + "/investigate").with(clerk).with(csrf())
            .param("startedOn", TODAY.plusDays(2).toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("调查开始日期不能晚于今天")));
    mvc.perform(post("/admin/appeals/complaints/" + id + "/investigate").with(clerk).with(csrf()).param("startedOn", "2025-04-02"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/appeals/complaints/" + id + "/answer").with(clerk).with(csrf())
            .param("finding", "SUBSTANTIATED_RECTIFICATION").param("answer", "答".repeat(6000)).param("answeredOn", "2025-04-20"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("答复内容不能超过5000个字符")));
    mvc.perform(post("/admin/appeals/complaints/" + id + "/answer").with(clerk).with(csrf())
            .param("finding", "SUBSTANTIATED_RECTIFICATION").param("answer", "已督促整改").param("answeredOn", "2025-04-20"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/appeals/complaints/" + id + "/investigate").with(clerk).with(csrf()).param("startedOn", "2025-04-21"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("当前状态为“已答复”")));
    String state = jdbc.sql("select state from complaint where id = ?").param(id).query(String.class).single();
    assertThat(state).isEqualTo("ANSWERED");
    List<String> actions = jdbc.sql("select action from audit_log where object_type = 'complaint' and object_id = ? order by id")
        .param(String.valueOf(id)).query(String.class).list();
    assertThat(actions).containsExactly("COMPLAINT_RECEIVED", "COMPLAINT_INVESTIGATION_STARTED", "COMPLAINT_ANSWERED");
  }

  @Test
  void theFilteredListIsExportedAsAWorkbook() throws Exception {
    RequestPostProcessor supervisor = accounts.as("500101", "SUPERVISOR");
    byte[] xlsx = mvc.perform(get("/admin/appeals/export").with(supervisor).param("kind", "RECONSIDERATION").param("year", "2020"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
        .andReturn().getResponse().getContentAsByteArray();
    long expected = jdbc.sql(
            "select count(*) from appeal_case c join agency a on a.code = c.agency_code where a.path like '/500000/500101/%'"
                + " and c.kind = 'RECONSIDERATION' and c.received_on between '2020-01-01' and '2020-12-31'")
        .query(Long.class).single();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo((int) expected);
      assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("类别");
    }
    mvc.perform(get("/admin/appeals").with(supervisor).param("kind", "LITIGATION_DIRECT").param("year", "2020").param("result", "PENDING"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("行政复议、行政诉讼案件")));
    mvc.perform(get("/admin/appeals").with(supervisor).param("kind", "NONSENSE").param("year", "abc").param("agency", "999999"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("已忽略")));
    mvc.perform(get("/admin/appeals/complaints/export").with(accounts.as("500000", "ADMIN")).param("year", "2020"))
        .andExpect(status().isOk());
  }

  @Test
  void theFormsListsAndDashboardRenderForAClerkOfTheSupervisor() throws Exception {
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    mvc.perform(get("/admin/appeals/new").param("kind", "LITIGATION").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("复议后起诉")));
    // a clerk of a district government registers complaints about its departments and townships
    mvc.perform(get("/admin/appeals/complaints/new").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"500101B01\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"500101001\"")));
    mvc.perform(get("/admin/appeals/complaints").param("agency", "500101B01").with(clerk)).andExpect(status().isOk());
    mvc.perform(get("/admin/appeals/complaints").param("agency", "500102B01").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("尚未审结的复议、诉讼案件")));

    String created = mvc.perform(post("/api/v1/admin/appeals/complaints").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"agencyCode":"500101001","complainantName":"编辑测试人","channel":"PHONE","receivedOn":"2025-09-01","content":"未公开"}"""))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    int id = JsonPath.read(created, "$.id");
    mvc.perform(get("/admin/appeals/complaints/" + id + "/edit").with(clerk)).andExpect(status().isOk());
    mvc.perform(post("/admin/appeals/complaints/" + id + "/edit").with(clerk).with(csrf())
            .param("agencyCode", "500101001").param("complainantName", "编辑测试人").param("channel", "FAX")
            .param("receivedOn", "2025-09-01").param("content", "未公开").param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("收到渠道的取值无效")));
    mvc.perform(post("/admin/appeals/complaints/" + id + "/edit").with(clerk).with(csrf())
            .param("agencyCode", "500101001").param("complainantName", "编辑测试人").param("channel", "LETTER")
            .param("receivedOn", "2025-09-01").param("content", "未公开政府信息公开指南").param("version", "abc"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("缺少版本号")));
    mvc.perform(post("/admin/appeals/complaints/" + id + "/edit").with(clerk).with(csrf())
            .param("agencyCode", "500101001").param("complainantName", "编辑测试人").param("channel", "LETTER")
            .param("receivedOn", "2025-09-01").param("content", "未公开政府信息公开指南").param("version", "0"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("select channel from complaint where id = ?").param(id).query(String.class).single()).isEqualTo("LETTER");
    mvc.perform(get("/admin/appeals/complaints/" + id).with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("渠道：来电 → 来信")));
  }
}
