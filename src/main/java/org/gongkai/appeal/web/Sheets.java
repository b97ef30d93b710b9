package org.gongkai.appeal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A plain one-sheet workbook, streamed (the rows are never all in memory as cells). */
final class Sheets {

  private Sheets() {}

  static byte[] write(List<String> headers, List<List<Object>> rows, String sheetName) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SXSSFSheet sheet = wb.createSheet(sheetName);
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row h = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        h.createCell(i).setCellValue(headers.get(i));
        h.getCell(i).setCellStyle(head);
        sheet.setColumnWidth(i, 16 * 256);
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v == null) {
            continue;
          }
          var cell = row.createCell(i);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
