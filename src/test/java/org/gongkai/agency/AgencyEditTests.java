package org.gongkai.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editing an agency's 机构信息: bad input gets a Chinese field error and changes nothing. */
@GongkaiTest
class AgencyEditTests {

  private static final String CODE = "500103"; // 渝中区

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Agencies agencies;

  private MockHttpServletRequestBuilder edit(String... fields) {
    Agency current = agencies.require(CODE);
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("version", String.valueOf(current.version()));
    values.put("name", current.name());
    values.put("phone", current.phone());
    values.put("head", current.head());
    values.put("acceptsRequests", "true");
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    MockHttpServletRequestBuilder request =
        post("/admin/agencies/" + CODE + "/edit").with(accounts.as(CODE, "CLERK")).with(csrf());
    values.forEach(request::param);
    return request;
  }

  private String row() {
    return jdbc.sql("select name || '|' || coalesce(phone, '') || '|' || coalesce(head, '') || '|' || version from agency where code = :c")
        .param("c", CODE).query(String.class).single();
  }

  @Test
  void anEmptyNameIsRefusedWithAFieldErrorAndNothingIsSaved() throws Exception {
    String before = row();
    mvc.perform(edit("name", "   ", "head", "新负责人"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("机构名称不能为空")))
        .andExpect(content().string(Matchers.containsString("未作任何修改")));
    assertThat(row()).isEqualTo(before);
  }

  @Test
  void aThreeHundredCharacterPhoneNumberIsRefused() throws Exception {
    String before = row();
    mvc.perform(edit("phone", "1".repeat(300), "head", "新负责人"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("联系电话不能超过50个字符")));
    assertThat(row()).isEqualTo(before);
  }

  @Test
  void malformedEmailsAndWebsitesAreRefused() throws Exception {
    String before = row();
    mvc.perform(edit("email", "not-an-email", "website", "javascript:alert(1)"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("电子邮箱格式不正确")))
        .andExpect(content().string(Matchers.containsString("网站地址应以 http:// 或 https:// 开头")));
    assertThat(row()).isEqualTo(before);
  }

  @Test
  void aScriptTagIsStoredAsTextAndShownEscapedNeverExecuted() throws Exception {
    String script = "<script>alert('x')</script>负责宣传";
    mvc.perform(edit("functions", script)).andExpect(status().is3xxRedirection());
    assertThat(agencies.require(CODE).functions()).isEqualTo(script);
    mvc.perform(get("/agencies/" + CODE))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;负责宣传")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
  }

  @Test
  void anEditBasedOnAnOutdatedVersionIsRefusedPlainly() throws Exception {
    Agency current = agencies.require(CODE);
    mvc.perform(edit("head", "第一位")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/agencies/" + CODE + "/edit")
            .with(accounts.as(CODE, "CLERK")).with(csrf())
            .param("version", String.valueOf(current.version()))
            .param("name", current.name()).param("head", "第二位"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已被他人修改")));
    assertThat(agencies.require(CODE).head()).isEqualTo("第一位");
  }

  @Test
  void aNonNumericVersionIsABadRequestNotAServerError() throws Exception {
    mvc.perform(post("/admin/agencies/" + CODE + "/edit").with(accounts.as(CODE, "CLERK")).with(csrf())
            .param("version", "abc").param("name", "x"))
        .andExpect(status().is4xxClientError());
  }
}
