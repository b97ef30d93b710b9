package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Letters from templates, the fee notice, splitting and duplicate flags. */
@GongkaiTest
class RequestLettersTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DisclosureRequests requests;

  String[] submit(String ip, String description) throws Exception {
    String body = mvc.perform(post("/api/v1/requests").with(r -> { r.setRemoteAddr(ip); return r; })
            .contentType(MediaType.APPLICATION_JSON)
            .content(RequestDeskTest.person("").replace("2020年万州区某道路改造项目的立项批复文件", description)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return new String[] {JsonPath.read(body, "$.trackingNumber"), JsonPath.read(body, "$.queryCode")};
  }

  int version(String tn) {
    return jdbc.sql("select version from disclosure_request where tracking_number = :tn").param("tn", tn).query(Integer.class).single();
  }

  @Test
  void aReplyLetterIsPreviewedIssuedFrozenAsPdfAndDocxAndShownToTheApplicant() throws Exception {
    String[] req = submit("10.88.0.1", "2019年万州区某小区规划许可证及附图");
    String tn = req[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    mvc.perform(post("/admin/requests/" + tn + "/reply").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
        .param("on", requests.today().toString()).param("outcome", "UNAVAILABLE_NOT_HELD").param("note", "经检索未找到该规划许可证"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/requests/" + tn + "/letters/preview").param("template", "REPLY_NOT_EXIST").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第三十六条第（四）项")))
        .andExpect(content().string(containsString("60日内向重庆市人民政府申请行政复议")))
        .andExpect(content().string(containsString("6个月内向人民法院提起行政诉讼")));
    // 非本机关负责公开 needs the responsible agency named — here the note names none, so it works only with the note
    mvc.perform(post("/admin/requests/" + tn + "/letters").with(csrf()).with(clerk).param("template", "REPLY_NOT_EXIST"))
        .andExpect(status().is3xxRedirection());
    long id = jdbc.sql("select id from request_letter where request_id = (select id from disclosure_request where tracking_number = :tn)")
        .param("tn", tn).query(Long.class).single();
    byte[] pdf = mvc.perform(get("/admin/requests/" + tn + "/letters/" + id + ".pdf").with(clerk))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text.replaceAll("\\s", "")).contains("该政府信息不存在").contains("万州");
    }
    byte[] docx = mvc.perform(get("/admin/requests/" + tn + "/letters/" + id + ".docx").with(clerk))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(docx, 0, 2)).isEqualTo("PK");
    mvc.perform(post("/requests/track").with(csrf()).param("trackingNumber", tn).param("queryCode", req[1]))
        .andExpect(status().isOk()).andExpect(content().string(containsString("政府信息公开申请答复书（信息不存在）")));
    mvc.perform(post("/requests/track/letter").with(csrf()).param("trackingNumber", tn).param("queryCode", "WRONG").param("id", String.valueOf(id)))
        .andExpect(status().isNotFound());
    // frozen: the database refuses to change an issued letter
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        jdbc.sql("update request_letter set body = 'x' where id = :id").param("id", id).update()).isInstanceOf(Exception.class);
  }

  @Test
  void aLetterThatDoesNotFitTheStateIsRefused() throws Exception {
    String tn = submit("10.88.0.2", "2020年某街道办事处的年度工作报告")[0];
    mvc.perform(post("/admin/requests/" + tn + "/letters").with(csrf()).with(accounts.as("500101", "CLERK")).param("template", "EXTENSION"))
        .andExpect(status().isConflict());
  }

  @Test
  void theFeeNoticeComputesTheFeeByThePolicyAndRefusesAFreeOne() throws Exception {
    String tn = submit("10.88.0.3", "2020年某项目全部招投标资料")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    String today = requests.today().toString();
    mvc.perform(post("/admin/requests/" + tn + "/start-review").with(csrf()).with(clerk).param("version", String.valueOf(version(tn))).param("on", today))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + tn + "/notify-fee").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
            .param("on", today).param("mode", "pages").param("pages", "20"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不收费")));
    mvc.perform(post("/admin/requests/" + tn + "/notify-fee").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
            .param("on", today).param("mode", "pages").param("pages", "120"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("select fee_amount_yuan from disclosure_request where tracking_number = :tn").param("tn", tn).query(Long.class).single())
        .isEqualTo(700 + 20 * 20);
    mvc.perform(post("/admin/requests/" + tn + "/letters").with(csrf()).with(clerk).param("template", "FEE"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("select due_date from disclosure_request where tracking_number = :tn").param("tn", tn).query(java.time.LocalDate.class).optional())
        .isEmpty();
  }

  @Test
  void splittingCreatesLinkedRequestsAndRepeatedContentIsFlagged() throws Exception {
    String tn = submit("10.88.0.4", "请公开2020年万州区财政预算报告以及某小区的规划许可证")[0];
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    mvc.perform(post("/admin/requests/" + tn + "/split").with(csrf()).with(clerk).param("version", String.valueOf(version(tn)))
            .param("parts", "某小区的建设工程规划许可证\n"))
        .andExpect(status().is3xxRedirection());
    String piece = jdbc.sql("select tracking_number from disclosure_request where original_id = (select id from disclosure_request where tracking_number = :tn)")
        .param("tn", tn).query(String.class).single();
    mvc.perform(get("/admin/requests/" + piece).with(clerk)).andExpect(content().string(containsString("拆分而来")));
    mvc.perform(post("/admin/requests/" + tn + "/split").with(csrf()).with(clerk).param("version", "0").param("parts", "任何内容都行啊"))
        .andExpect(status().isConflict());
    String again = submit("10.88.0.5", "请公开2020年万州区财政预算报告以及某小区的规划许可证")[0];
    mvc.perform(get("/admin/requests/" + again).with(clerk))
        .andExpect(content().string(containsString("疑似重复申请")))
        .andExpect(content().string(containsString(tn)));
    mvc.perform(post("/admin/requests/" + again + "/mark-duplicate").with(csrf()).with(clerk).param("version", String.valueOf(version(again)))
            .param("original", tn))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/requests/" + again + "/mark-duplicate").with(csrf()).with(clerk).param("version", String.valueOf(version(again)))
            .param("original", "YSQ-1999-000000-00000"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void administratorsEditTemplatesAndOthersMayNot() throws Exception {
    int v = jdbc.sql("select version from letter_template where code = 'RECEIPT'").query(Integer.class).single();
    String body = jdbc.sql("select body from letter_template where code = 'RECEIPT'").query(String.class).single();
    mvc.perform(post("/admin/letter-templates/RECEIPT").with(csrf()).with(accounts.as("500101", "CLERK"))
        .param("version", String.valueOf(v)).param("title", "x").param("body", "y")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/letter-templates/RECEIPT").with(csrf()).with(accounts.as("500000", "ADMIN"))
        .param("version", String.valueOf(v)).param("title", "政府信息公开申请登记回执").param("body", body + "\n\n特此回执。"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/letter-templates/RECEIPT").with(csrf()).with(accounts.as("500000", "ADMIN"))
        .param("version", String.valueOf(v)).param("title", "旧版本").param("body", body))
        .andExpect(status().isConflict());
    mvc.perform(get("/admin/letter-templates").with(accounts.as("500000", "ADMIN"))).andExpect(content().string(containsString("特此回执")));
  }
}
