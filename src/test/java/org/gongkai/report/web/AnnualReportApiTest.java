package org.gongkai.report.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.GongkaiTest;
import org.gongkai.report.parse.SeedReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class AnnualReportApiTest {

  @Autowired MockMvc mvc;

  private static MockMultipartFile file(byte[] bytes) {
    return new MockMultipartFile("file", "report.txt", "text/plain", bytes);
  }

  @Test
  void validatesTheSeedReport() throws Exception {
    mvc.perform(multipart("/api/v1/annual-reports/validate").file(file(SeedReports.chongqing2020Bytes())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value("2019"))
        .andExpect(jsonPath("$.year").value(2020))
        .andExpect(jsonPath("$.agency.name").value("重庆市"))
        .andExpect(jsonPath("$.agency.code").value("500000"))
        .andExpect(jsonPath("$.scope").value("imported"))
        .andExpect(jsonPath("$.requests.received.naturalPerson").value(5330))
        .andExpect(jsonPath("$.requests.received.total").value(5758))
        .andExpect(jsonPath("$.requests.handledTotal.total").value(5787))
        .andExpect(jsonPath("$.requests.carriedOverToNextYear.total").value(144))
        .andExpect(jsonPath("$.requests.withheld.stateSecret.naturalPerson").value(69))
        .andExpect(jsonPath("$.requests.other.total").value(27))
        .andExpect(jsonPath("$.appeals.reconsideration.total").value(386))
        .andExpect(jsonPath("$.appeals.litigationDirect.total").value(564))
        .andExpect(jsonPath("$.proactive.administrativeLicensing.itemsChange").value(-28))
        .andExpect(jsonPath("$.proactive.administrativeLicensing.decisions").value(5189052))
        .andExpect(jsonPath("$.proactive.centralizedProcurement.amountWanYuan").value(3700000))
        .andExpect(jsonPath("$.violations").isEmpty())
        .andExpect(jsonPath("$.warnings").isEmpty());
  }

  @Test
  void reportsTheViolationOfABrokenCopy() throws Exception {
    String broken = SeedReports.chongqing2020().replace("\t3887\n", "\t3888\n");
    mvc.perform(multipart("/api/v1/annual-reports/validate").file(file(broken.getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations[*].rule", hasItem("requests.handledTotal")))
        .andExpect(jsonPath("$.violations[?(@.rule=='requests.handledTotal')].expected", hasItem(5788)))
        .andExpect(jsonPath("$.violations[?(@.rule=='requests.handledTotal')].found", hasItem(5787)))
        .andExpect(jsonPath("$.violations[?(@.rule=='requests.columnTotal')].found", hasItem(3888)));
  }

  @Test
  void refusesA50MegabyteFileWith413() throws Exception {
    mvc.perform(multipart("/api/v1/annual-reports/validate").file(file(new byte[50 * 1024 * 1024])))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.message", containsString("20 MB")));
  }

  @Test
  void refusesAnEmptyFileAndAMissingFile() throws Exception {
    mvc.perform(multipart("/api/v1/annual-reports/validate").file(file(new byte[0])))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("空")));
    mvc.perform(multipart("/api/v1/annual-reports/validate"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
  }

  @Test
  void refusesAFileWithoutTables() throws Exception {
    mvc.perform(multipart("/api/v1/annual-reports/validate").file(file("只是一段文字。".getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("未在文件中找到年度报告的表格")));
  }

  @Test
  void compilesAReportWithEveryCellKeyedEvenWithoutSources() throws Exception {
    mvc.perform(get("/api/v1/annual-reports/500000/2021"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value("2021"))
        .andExpect(jsonPath("$.scope").value("subtree"))
        .andExpect(jsonPath("$.agency.code").value("500000"))
        .andExpect(jsonPath("$.requests.other.noCorrection.naturalPerson").hasJsonPath())
        .andExpect(jsonPath("$.proactive.administrativeFees.amountWanYuan").value(nullValue()))
        .andExpect(jsonPath("$.appeals.reconsideration.total").hasJsonPath());
    mvc.perform(get("/api/v1/annual-reports/500101B01/2020"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope").value("self"))
        .andExpect(jsonPath("$.format").value("2019"))
        .andExpect(jsonPath("$.requests.other.naturalPerson").hasJsonPath());
    mvc.perform(get("/api/v1/annual-reports/500000/2020?scope=self&format=2021"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value("2021"))
        .andExpect(jsonPath("$.scope").value("self"));
  }

  @Test
  void answers404ForAnUnknownAgencyAnd400ForBadParameters() throws Exception {
    mvc.perform(get("/api/v1/annual-reports/999999/2020"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message", containsString("999999")));
    mvc.perform(get("/api/v1/annual-reports/500000/20x0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/v1/annual-reports/500000/2020?scope=all&format=2018"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("scope")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("format")));
  }
}
