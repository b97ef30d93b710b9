package org.gongkai.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.compare.Change;
import org.gongkai.report.compare.Comparisons;
import org.gongkai.report.compare.KeyFigures;
import org.gongkai.report.compare.Measure;
import org.gongkai.report.compare.SideBySide;
import org.gongkai.report.compare.SideBySide.RowMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class ComparisonPagesTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Comparisons comparisons;
  @Autowired AnnualReports reports;

  @Test
  void theCitysSideBySideTotalsAreTheCitysCompiledFigures() throws Exception {
    KeyFigures city = KeyFigures.of(reports.compile("500000", 2020, ReportScope.SUBTREE, ReportFormat.F2019));
    assertThat(city.value(Measure.RECEIVED)).isEqualTo(5758L);
    for (RowMode mode : RowMode.values()) {
      SideBySide s = comparisons.sideBySide("500000", 2020, mode);
      assertThat(s.totals()).as("totals of %s", mode).isEqualTo(city);
      assertThat(s.totalsDifferFromPublished()).isFalse();
    }
    SideBySide children = comparisons.sideBySide("500000", 2020, RowMode.CHILDREN);
    assertThat(children.rows().get(0).own()).isTrue();
    assertThat(children.rows()).anyMatch(r -> r.agency().code().equals("500101") && r.scope() == ReportScope.SUBTREE);

    var supervisor = accounts.as("500000", "SUPERVISOR");
    mvc.perform(get("/admin/annual-reports/500000/side-by-side").param("year", "2020").with(supervisor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("重庆市人民政府下属机关政府信息公开数据横向比较")))
        .andExpect(content().string(containsString(">5,758<")))
        .andExpect(content().string(containsString("重庆市万州区人民政府")))
        .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")))
        .andExpect(content().string(containsString("各机关行政复议纠错率")))
        .andExpect(content().string(containsString("side-by-side.xlsx")));
    mvc.perform(get("/admin/annual-reports/500000/side-by-side").param("year", "2020").param("rows", "all")
            .param("sort", "received").param("dir", "desc").with(supervisor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("按本年新收申请合计（从高到低）排列")))
        .andExpect(content().string(containsString("459 个机关")));
  }

  @Test
  void yearOverYearComputesTheChangeAgainstThePreviousYear() throws Exception {
    long received2020 = reports.compile("500000", 2020, ReportScope.SUBTREE, ReportFormat.F2019).count("requests.received.total");
    long received2021 = reports.compile("500000", 2021, ReportScope.SUBTREE, ReportFormat.F2021).count("requests.received.total");
    double expected = Math.round((received2021 - received2020) * 1000.0 / received2020) / 10.0;
    assertThat(Change.between(received2021, received2020, false).rounded()).isEqualTo(expected);
    assertThat(expected).isEqualTo(-4.8); // 5,758 → 5,484

    var supervisor = accounts.as("500000", "SUPERVISOR");
    mvc.perform(get("/admin/annual-reports/500000/compare").param("from", "2019").param("to", "2021").with(supervisor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("重庆市人民政府历年政府信息公开数据比较")))
        .andExpect(content().string(containsString("2021年本年新收申请合计较上年下降4.8%")))
        // the seed's narrative: 较去年下降23%
        .andExpect(content().string(containsString("2020年本年新收申请合计较上年下降23.0%")))
        // 2020 is published (the demo's frozen report), 2021 compiled
        .andExpect(content().string(containsString("已发布报告")))
        .andExpect(content().string(containsString("平台汇总")))
        .andExpect(content().string(containsString("办理结果构成")));

    // the default range (the last eight years) includes years without any appeal or request
    mvc.perform(get("/admin/annual-reports/500000/compare").with(supervisor))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("无审结案件")));

    byte[] xlsx = mvc.perform(get("/admin/annual-reports/500000/compare.xlsx").param("from", "2019").param("to", "2021")
            .with(supervisor))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      Map<String, Integer> columns = headings(sheet);
      Row received = rowOf(sheet, Measure.RECEIVED.description());
      Cell value = received.getCell(columns.get("2021年"));
      assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(value.getNumericCellValue()).isEqualTo(received2021);
      Cell change = received.getCell(columns.get("2021年较上年增减（件数为%，比率为百分点）"));
      assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(change.getNumericCellValue()).isEqualTo(-4.8);
    }
  }

  @Test
  void theSideBySideSpreadsheetHoldsNumbersAndTheTotal() throws Exception {
    byte[] xlsx = mvc.perform(get("/admin/annual-reports/500101/side-by-side.xlsx").param("year", "2020").param("rows", "all")
            .with(accounts.as("500101", "SUPERVISOR")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    KeyFigures district = KeyFigures.of(reports.compile("500101", 2020, ReportScope.SUBTREE, ReportFormat.F2019));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      Map<String, Integer> columns = headings(sheet);
      int received = columns.get("依申请公开·新收申请（件）");
      Row total = rowOf(sheet, "合计");
      assertThat(total.getCell(received).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat((long) total.getCell(received).getNumericCellValue()).isEqualTo(district.value(Measure.RECEIVED));
      Row own = rowOf(sheet, "重庆市万州区人民政府");
      assertThat(own.getCell(columns.get("统计范围")).getStringCellValue()).isEqualTo("本级");
      assertThat(own.getCell(columns.get("依申请公开·予以公开（%）")).getCellType()).isIn(CellType.NUMERIC, CellType.BLANK);
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + 10); // the district, 5 departments, 4 townships, the total
    }
  }

  @Test
  void aDistrictClerkCannotCompareAnotherDistrictNorTheAgenciesBelowItsOwn() throws Exception {
    var clerk = accounts.as("500101", "CLERK");
    mvc.perform(get("/admin/annual-reports/500102/compare").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/annual-reports/500102/compare.xlsx").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/annual-reports/500102/side-by-side").with(clerk)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/annual-reports/500101/side-by-side").with(clerk))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("仅限政务公开主管部门")));
    mvc.perform(get("/admin/annual-reports/500101/compare").param("from", "2020").param("to", "2021").with(clerk))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("下属机关横向比较</a>"))));
    mvc.perform(get("/admin/annual-reports/500102/side-by-side").with(accounts.as("500101", "SUPERVISOR")))
        .andExpect(status().isForbidden());
  }

  @Test
  void badParametersGiveAChineseMessage() throws Exception {
    var admin = accounts.as("500000", "ADMIN");
    mvc.perform(get("/admin/annual-reports/500000/compare").param("from", "1800").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("起始年度应为 2008 年至")))
        .andExpect(content().string(containsString("“1800”不在此范围")));
    mvc.perform(get("/admin/annual-reports/500000/compare").param("from", "2022").param("to", "2020").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("起始年度（2022年）不能晚于截止年度（2020年）")));
    mvc.perform(get("/admin/annual-reports/500000/compare").param("scope", "galaxy").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("统计范围只能是")));
    mvc.perform(get("/admin/annual-reports/500000/side-by-side").param("year", "1800").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("年度应为 2008 年至")));
    mvc.perform(get("/admin/annual-reports/500000/side-by-side").param("year", "二〇二〇").with(admin))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/admin/annual-reports/500000/side-by-side").param("rows", "x").param("sort", "nonsense").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("列出方式只能是")));
    mvc.perform(get("/admin/annual-reports/500000/side-by-side.xlsx").param("year", "1800").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("年度应为 2008 年至")));
    mvc.perform(get("/admin/annual-reports/nope/compare").with(admin))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("未找到代码为“nope”的行政机关")));
    mvc.perform(get("/admin/annual-reports/nope/side-by-side.xlsx").with(admin)).andExpect(status().isNotFound());
  }

  @Test
  void theAnnualReportPagesAndTheDashboardLinkToTheComparisons() throws Exception {
    var supervisor = accounts.as("500000", "SUPERVISOR");
    mvc.perform(get("/admin/annual-reports/500000/2020").with(supervisor))
        .andExpect(content().string(containsString("/admin/annual-reports/500000/compare")))
        .andExpect(content().string(containsString("/admin/annual-reports/500000/side-by-side?year=2020")));
    mvc.perform(get("/admin").with(supervisor))
        .andExpect(content().string(containsString("/admin/annual-reports/500000/side-by-side?year=")));
  }

  private static Map<String, Integer> headings(Sheet sheet) {
    Map<String, Integer> columns = new HashMap<>();
    for (Cell c : sheet.getRow(0)) {
      columns.put(c.getStringCellValue(), c.getColumnIndex());
    }
    return columns;
  }

  /** The row whose first or second cell reads {@code label}. */
  private static Row rowOf(Sheet sheet, String label) {
    for (Row r : sheet) {
      for (int c = 0; c <= 1; c++) {
        Cell cell = r.getCell(c);
        if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          return r;
        }
      }
    }
    throw new AssertionError("no row " + label);
  }
}
