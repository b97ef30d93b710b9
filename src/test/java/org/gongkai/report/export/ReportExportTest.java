package org.gongkai.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Report;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.report.parse.ReportParser;
import org.gongkai.report.parse.SeedReports;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class ReportExportTest {

  private static final Narrative NARRATIVE = new Narrative("2020年，全市共接收政府信息公开申请5758件。", "无。", "无。");

  private static Report seed() {
    return ReportParser.parse(ReportFiles.read(SeedReports.chongqing2020Bytes(), "seed.txt"));
  }

  private static void assertSameFigures(Report back, Report original) {
    assertThat(back.format()).isEqualTo(original.format());
    assertThat(back.year()).isEqualTo(original.year());
    assertThat(back.agencyName()).isEqualTo(original.agencyName());
    assertThat(back.cells()).isEqualTo(original.cells());
    assertThat(back.violations()).isEmpty();
    assertThat(back.warnings()).isEmpty();
  }

  @Test
  void htmlOfTheSeedReadsBackToTheSameFigures() {
    Report seed = seed();
    String html = ReportHtml.document(seed, NARRATIVE);
    Report back = ReportParser.parse(ReportFiles.read(html.getBytes(StandardCharsets.UTF_8), "report.html"));
    assertSameFigures(back, seed);
  }

  @Test
  void docxOfTheSeedReadsBackToTheSameFigures() {
    Report seed = seed();
    byte[] docx = ReportDocx.of(seed, NARRATIVE);
    Report back = ReportParser.parse(ReportFiles.read(docx, "report.docx"));
    assertSameFigures(back, seed);
  }

  @Test
  void pdfOfTheSeedReadsBackToTheSameFigures() throws Exception {
    Report seed = seed();
    byte[] pdf = ReportPdf.of(seed, NARRATIVE);
    Files.write(Path.of(System.getProperty("java.io.tmpdir"), "annual-report-seed.pdf"), pdf);
    Report back = ReportParser.parse(ReportFiles.read(pdf, "report.pdf"));
    assertThat(back.get("requests.received.total")).isEqualTo(5758L);
    assertThat(back.get("requests.handledTotal.total")).isEqualTo(5787L);
    assertThat(back.get("appeals.litigationDirect.total")).isEqualTo(564L);
    assertThat(back.get("proactive.centralizedProcurement.amountWanYuan")).isEqualTo(3_700_000L);
    assertThat(back.violations()).isEmpty();
  }

  @Test
  void docxHasTheOfficialTableStructureIn2019() throws Exception {
    assertRequestTable(seed(), 23, 20);
  }

  @Test
  void docxHasTheOfficialTableStructureIn2021() throws Exception {
    assertRequestTable(new Report(ReportFormat.F2021, 2022, "500000", "重庆市", "subtree"), 25, 22);
  }

  private static void assertRequestTable(Report report, int dataRows, int resultRows) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportDocx.of(report, Narrative.empty())))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(3);
      XWPFTable requests = tables.get(1);
      assertThat(requests.getNumberOfRows()).isEqualTo(3 + dataRows);
      // the note cell: 3 rows × 3 columns
      CTTcPr note = requests.getRow(0).getCell(0).getCTTc().getTcPr();
      assertThat(requests.getRow(0).getCell(0).getText()).isEqualTo(Layout.REQUEST_NOTE);
      assertThat(note.getGridSpan().getVal().intValue()).isEqualTo(3);
      assertThat(note.getVMerge().getVal()).isEqualTo(STMerge.RESTART);
      assertThat(requests.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(requests.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(requests.getRow(0).getCell(1).getText()).isEqualTo("申请人情况");
      assertThat(requests.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(7);
      assertThat(requests.getRow(1).getCell(2).getText()).isEqualTo("法人或其他组织");
      assertThat(requests.getRow(1).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
      // 三、本年度办理结果 spans the outcome rows
      int vMerged = 0;
      for (int r = 5; r < 3 + dataRows; r++) {
        XWPFTableCell first = requests.getRow(r).getCell(0);
        CTTcPr pr = first.getCTTc().getTcPr();
        if (pr.isSetVMerge()) {
          vMerged++;
        }
      }
      assertThat(requests.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
      assertThat(vMerged).isEqualTo(resultRows);
      // every row has 10 grid columns
      for (int r = 0; r < requests.getNumberOfRows(); r++) {
        int span = 0;
        for (XWPFTableCell cell : requests.getRow(r).getTableCells()) {
          CTTcPr pr = cell.getCTTc().getTcPr();
          span += pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
        }
        assertThat(span).as("grid columns of row %d", r).isEqualTo(10);
      }
      // section 四: 4 rows, 15 columns, 行政诉讼 over 10
      XWPFTable appeals = tables.get(2);
      assertThat(appeals.getNumberOfRows()).isEqualTo(4);
      assertThat(appeals.getRow(3).getTableCells()).hasSize(15);
      assertThat(appeals.getRow(0).getCell(1).getText()).isEqualTo("行政诉讼");
      assertThat(appeals.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(10);
    }
  }
}
