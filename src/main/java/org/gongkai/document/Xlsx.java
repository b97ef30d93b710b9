package org.gongkai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Spreadsheet exports of lists (registers, report tables). Streams rows to disk as it goes
 * (SXSSF, 200 rows in memory), so 100,000-row exports stay small in memory.
 */
public final class Xlsx {

  /** Excel's limit on the characters of one cell. */
  private static final int MAX_CELL = 32_767;

  private static final int MAX_ROWS = 1_048_575;

  private Xlsx() {}

  /**
   * A workbook with one sheet: a bold, frozen header row and the rows below. Cells take numbers,
   * dates ({@link LocalDate} as yyyy-mm-dd, date-times as yyyy-mm-dd hh:mm), booleans (是/否) and
   * anything else as text; null leaves the cell empty. Column widths follow the longest value,
   * counting Chinese characters double.
   */
  public static byte[] write(List<String> headers, List<List<Object>> rows, String sheetName) {
    if (rows.size() > MAX_ROWS) {
      throw new DocumentException("导出行数超过 Excel 的上限（" + MAX_ROWS + " 行），请缩小范围后再导出。");
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    workbook.setCompressTempFiles(true);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      String name = WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName);
      SXSSFSheet sheet = workbook.createSheet(name);
      Styles styles = new Styles(workbook);
      int columns = headers.size();
      for (List<Object> row : rows) {
        columns = Math.max(columns, row == null ? 0 : row.size());
      }
      int[] widths = new int[columns];

      Row head = sheet.createRow(0);
      head.setHeightInPoints(22);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(styles.header);
        widths[c] = Math.max(widths[c], displayWidth(headers.get(c)));
      }
      sheet.createFreezePane(0, 1);

      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        if (values == null) {
          continue;
        }
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          widths[c] = Math.max(widths[c], set(cell, value, styles));
        }
      }
      for (int c = 0; c < columns; c++) {
        int chars = Math.min(60, Math.max(6, widths[c] + 2));
        sheet.setColumnWidth(c, chars * 256);
      }
      if (!headers.isEmpty()) {
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentException("生成 Excel 文件失败：" + e.getMessage(), e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // temp files are already deleted by dispose()
      }
    }
  }

  /** Sets the value and returns its display width in Latin characters. */
  private static int set(Cell cell, Object value, Styles styles) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      cell.setCellValue(d);
      boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short
          || (number instanceof BigDecimal bd && bd.scale() <= 0);
      cell.setCellStyle(whole ? styles.integer : styles.decimal);
      return whole ? String.valueOf(number.longValue()).length() : String.format("%.2f", d).length();
    }
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
      return 10;
    }
    if (value instanceof LocalDateTime dateTime) {
      cell.setCellValue(dateTime);
      cell.setCellStyle(styles.dateTime);
      return 16;
    }
    if (value instanceof OffsetDateTime odt) {
      return set(cell, odt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime(), styles);
    }
    if (value instanceof ZonedDateTime zdt) {
      return set(cell, zdt.withZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime(), styles);
    }
    if (value instanceof java.time.Instant instant) {
      return set(cell, LocalDateTime.ofInstant(instant, java.time.ZoneId.of("Asia/Shanghai")), styles);
    }
    if (value instanceof Boolean b) {
      cell.setCellValue(b ? "是" : "否");
      cell.setCellStyle(styles.text);
      return 2;
    }
    String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
    if (text.length() > MAX_CELL) {
      text = text.substring(0, MAX_CELL - 1) + "…";
    }
    cell.setCellValue(text);
    cell.setCellStyle(styles.text);
    int widest = 0;
    for (String line : text.split("\n")) {
      widest = Math.max(widest, displayWidth(line));
    }
    return widest;
  }

  /** Display width in Latin characters: CJK and full-width characters count two. */
  static int displayWidth(String s) {
    if (s == null) {
      return 0;
    }
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      width += isWide(cp) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setFontName("宋体");
      bold.setFontHeightInPoints((short) 11);
      Font plain = wb.createFont();
      plain.setFontName("宋体");
      plain.setFontHeightInPoints((short) 11);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      text = wb.createCellStyle();
      text.setFont(plain);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      text.setWrapText(true);
      integer = styled(wb, plain, "0");
      decimal = styled(wb, plain, "#,##0.00");
      date = styled(wb, plain, "yyyy-mm-dd");
      dateTime = styled(wb, plain, "yyyy-mm-dd hh:mm");
    }

    private static CellStyle styled(SXSSFWorkbook wb, Font font, String format) {
      CellStyle style = wb.createCellStyle();
      style.setFont(font);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setDataFormat(wb.createDataFormat().getFormat(format));
      return style;
    }
  }
}
