package org.gongkai.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class PortalPagesTests {

  @Autowired MockMvc mvc;

  @Test
  void theHomePageListsDepartmentsAndDistricts() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("市发展改革委")))
        .andExpect(content().string(Matchers.containsString("万州区")))
        .andExpect(content().string(Matchers.containsString("政府信息公开指南")));
  }

  @Test
  void everyAgencyPageHasTheFourColumnSectionsInTheSameOrder() throws Exception {
    for (String code : new String[] {"500000", "500000B03", "500101", "500101001"}) {
      String html = mvc.perform(get("/agencies/" + code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      int guide = html.indexOf("政府信息公开指南");
      int system = html.indexOf("政府信息公开制度");
      int statutory = html.indexOf("法定主动公开内容");
      int reports = html.indexOf("政府信息公开年报");
      org.assertj.core.api.Assertions.assertThat(guide).isPositive();
      org.assertj.core.api.Assertions.assertThat(guide).isLessThan(system);
      org.assertj.core.api.Assertions.assertThat(system).isLessThan(statutory);
      org.assertj.core.api.Assertions.assertThat(statutory).isLessThan(reports);
      org.assertj.core.api.Assertions.assertThat(html).contains("机构职能", "办公地址", "办公时间", "联系电话", "传真", "电子邮箱", "政府信息公开工作机构");
    }
  }

  @Test
  void theGuideIsWrittenFromTheAgencysOwnContactDetails() throws Exception {
    mvc.perform(get("/agencies/500101/disclosure/guide"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("20个工作日")))
        .andExpect(content().string(Matchers.containsString("gkb500101@cq.gov.cn")));
  }

  @Test
  void anUnknownAgencyOrSectionIsAChinese404Page() throws Exception {
    mvc.perform(get("/agencies/999999").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("未找到该机构")));
    mvc.perform(get("/agencies/500101/disclosure/nothing").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("该栏目不存在")));
  }

  @Test
  void errorPagesAreInChineseForEveryStatus() throws Exception {
    for (int[] c : new int[][] {{400, 0}, {403, 0}, {404, 0}, {500, 0}}) {
      String expected = switch (c[0]) {
        case 400 -> "请求有误";
        case 403 -> "无权访问";
        case 404 -> "页面不存在";
        default -> "系统繁忙";
      };
      mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
              .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, c[0])
              .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
          .andExpect(status().is(c[0]))
          .andExpect(content().string(Matchers.containsString(expected)))
          .andExpect(content().string(Matchers.containsString("返回首页")));
    }
    // the same failure under the API answers JSON in the API's format
    mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
            .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
            .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/agencies"))
        .andExpect(status().isInternalServerError())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(500));
  }

  @Test
  void theDirectorySearchTakesAnyInputSafely() throws Exception {
    mvc.perform(get("/agencies").param("q", "教委")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("重庆市教育委员会")));
    mvc.perform(get("/agencies").param("q", "<script>x</script>" + "长".repeat(5000))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>x"))));
  }
}
