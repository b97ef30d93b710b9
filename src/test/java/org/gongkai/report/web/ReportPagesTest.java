package org.gongkai.report.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.report.parse.SeedReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class ReportPagesTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void portalShowsTheReportInTheOfficialLayoutWithDownloads() throws Exception {
    mvc.perform(get("/agencies/500000/annual-reports/2020"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("重庆市2020年政府信息公开工作年度报告")))
        .andExpect(content().string(containsString("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")))
        .andExpect(content().string(containsString("第二十条第（九）项")));
    mvc.perform(get("/agencies/500000/annual-reports/2020/docx"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(".docx")));
    mvc.perform(get("/agencies/500000/annual-reports/1999")).andExpect(status().isNotFound());
    mvc.perform(get("/agencies/nope/annual-reports/2020")).andExpect(status().isNotFound());
  }

  @Test
  void disclosureColumnListsTheReportsByYear() throws Exception {
    mvc.perform(get("/agencies/500101/disclosure/annual-reports"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/agencies/500101/annual-reports/2020")))
        .andExpect(content().string(containsString("本机关尚未在本平台发布年度报告")))
        .andExpect(content().string(containsString("2020年政府信息公开数据（平台汇总）")));
  }

  @Test
  void staffCheckOneReportAndSeeTheViolationsHighlighted() throws Exception {
    var clerk = accounts.as("500101", "CLERK");
    mvc.perform(get("/admin/annual-reports/validate").with(clerk)).andExpect(status().isOk());
    mvc.perform(multipart("/admin/annual-reports/validate")
            .file(new MockMultipartFile("file", "seed.txt", "text/plain", SeedReports.chongqing2020Bytes()))
            .with(clerk).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("表内勾稽关系全部相符")))
        .andExpect(content().string(containsString("5787")));
    String broken = SeedReports.chongqing2020().replace("\t123\n", "\t124\n");
    mvc.perform(multipart("/admin/annual-reports/validate")
            .file(new MockMultipartFile("file", "broken.txt", "text/plain", broken.getBytes(StandardCharsets.UTF_8)))
            .with(clerk).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("requests.balance")))
        .andExpect(content().string(containsString("class=\"violation\" data-cell=\"requests.carriedOverToNextYear.naturalPerson\"")))
        .andExpect(content().string(not(containsString("表内勾稽关系全部相符"))));
    mvc.perform(multipart("/admin/annual-reports/validate")
            .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
            .with(clerk).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择要检查的年度报告文件")));
  }

  @Test
  void supervisorsCheckManyReportsAtOnceAndClerksMayNot() throws Exception {
    mvc.perform(get("/admin/annual-reports/batch").with(accounts.as("500101", "CLERK"))).andExpect(status().isForbidden());
    String broken = SeedReports.chongqing2020().replace("\t564\n", "\t565\n");
    mvc.perform(multipart("/admin/annual-reports/batch")
            .file(new MockMultipartFile("files", "good.txt", "text/plain", SeedReports.chongqing2020Bytes()))
            .file(new MockMultipartFile("files", "broken.txt", "text/plain", broken.getBytes(StandardCharsets.UTF_8)))
            .file(new MockMultipartFile("files", "junk.txt", "text/plain", "不是报告".getBytes(StandardCharsets.UTF_8)))
            .with(accounts.as("500101", "SUPERVISOR")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 3 份，其中 1 份存在勾稽关系不符")))
        .andExpect(content().string(containsString("未在文件中找到年度报告的表格")))
        .andExpect(content().string(containsString("行政诉讼（未经复议直接起诉）的总计")));
  }
}
