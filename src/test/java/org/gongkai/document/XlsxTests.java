package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTests {

  @Test
  void writesABoldHeaderTypedCellsAndWideChineseColumns() throws IOException {
    List<List<Object>> rows =
        List.of(
            List.of("渝教委依申〔2026〕1号", LocalDate.of(2026, 3, 2), 15, "关于公开2025年义务教育招生计划的申请", true),
            java.util.Arrays.asList("渝教委依申〔2026〕2号", LocalDate.of(2026, 3, 5), 3.5, null, false));
    byte[] xlsx = Xlsx.write(List.of("编号", "收到日期", "工作日", "申请内容", "已答复"), rows, "依申请公开登记");

    assertThat(ContentType.detect(xlsx)).isEqualTo(ContentType.XLSX);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheet("依申请公开登记");
      XSSFRow head = sheet.getRow(0);
      assertThat(head.getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      XSSFRow first = sheet.getRow(1);
      assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(15.0);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("是");
      assertThat(sheet.getRow(2).getCell(3)).isNull();
      // 16 Chinese characters + "2025" → wider than the 4-character header column "工作日"
      assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(2) * 3);
      assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo((16 * 2 + 4) * 256);
    }
  }

  @Test
  void streamsManyRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(List.of(i, "第" + i + "号申请", LocalDate.of(2026, 1, 1).plusDays(i % 365)));
    }
    byte[] xlsx = Xlsx.write(List.of("序号", "名称", "日期"), rows, "导出");
    String text = TextExtraction.extract(xlsx);
    assertThat(text).contains("第19999号申请");
  }

  @Test
  void makesSheetNamesSafe() throws IOException {
    byte[] xlsx = Xlsx.write(List.of("a"), List.of(), "2026/03 登记[表]");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetName(0)).doesNotContain("/", "[", "]");
    }
  }
}
