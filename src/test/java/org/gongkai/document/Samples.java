package org.gongkai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Small test files built in memory (also used by the request desk's redaction tests). */
public final class Samples {

  private Samples() {}

  static byte[] docx(String paragraph, String tableCell) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("姓名");
      table.getRow(0).getCell(1).setText("联系方式");
      table.getRow(1).getCell(0).setText(tableCell);
      table.getRow(1).getCell(1).setText("13812345678");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xlsx(int rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("申请登记");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("编号");
      header.createCell(1).setCellValue("申请内容");
      for (int i = 1; i <= rows; i++) {
        var row = sheet.createRow(i);
        row.createCell(0).setCellValue(i);
        row.createCell(1).setCellValue("公开某项目的环评报告" + i);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with Latin text in a standard font. */
  public static byte[] latinPdf(String... lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 760);
        for (String line : lines) {
          cs.showText(line);
          cs.newLineAtOffset(0, -18);
        }
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ZIP file with the given entry names (small contents) plus one entry of {@code zeros} zero bytes. */
  static byte[] zip(long zeros, String... names) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes());
        zip.closeEntry();
      }
      if (zeros > 0) {
        zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < zeros; written += block.length) {
          zip.write(block, 0, (int) Math.min(block.length, zeros - written));
        }
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
