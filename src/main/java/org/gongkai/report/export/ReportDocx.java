package org.gongkai.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.report.model.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The report as a Word document in the official layout. The tables are built from the same markup
 * as the HTML ({@link ReportHtml}), so rows, columns and merged cells (gridSpan, vMerge) agree.
 */
public final class ReportDocx {

  private static final int TEXT_WIDTH = 9638; // A4 minus 2 × 20 mm, in twips
  private static final String BODY_FONT = "仿宋_GB2312";
  private static final String TABLE_FONT = "宋体";

  private ReportDocx() {}

  public static byte[] of(Report report, Narrative narrative) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      org.jsoup.nodes.Document html = Jsoup.parse(ReportHtml.body(report, narrative));
      Element root = html.selectFirst("div.annual-report");
      for (Element e : root.children()) {
        switch (e.normalName()) {
          case "h1" -> paragraph(doc, e.text(), "方正小标宋简体", 22, true, ParagraphAlignment.CENTER, false);
          case "h2" -> paragraph(doc, e.text(), "黑体", 16, false, ParagraphAlignment.LEFT, true);
          case "p" -> paragraph(doc, e.text(), BODY_FONT, 16, false, ParagraphAlignment.BOTH, true);
          case "table" -> table(doc, e);
          default -> { }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(1418));
    margin.setBottom(BigInteger.valueOf(1418));
    margin.setLeft(BigInteger.valueOf(1134));
    margin.setRight(BigInteger.valueOf(1134));
  }

  private static void paragraph(XWPFDocument doc, String text, String font, int size, boolean bold,
      ParagraphAlignment align, boolean indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    if (indent && align != ParagraphAlignment.CENTER) {
      p.setIndentationFirstLine(size * 40);
    }
    p.setSpacingAfter(60);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
  }

  /** One cell of the HTML table placed on the grid. */
  private record Placed(Element cell, int row, int col, int rowspan, int colspan) {}

  private static void table(XWPFDocument doc, Element table) {
    List<Element> rows = table.select("tr");
    // place every cell on the grid
    List<Placed> placed = new ArrayList<>();
    List<boolean[]> taken = new ArrayList<>();
    int columns = 0;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element td : rows.get(r).select("> td")) {
        while (occupied(taken, r, c)) {
          c++;
        }
        int rs = Math.max(1, intAttr(td, "rowspan"));
        int cs = Math.max(1, intAttr(td, "colspan"));
        placed.add(new Placed(td, r, c, rs, cs));
        for (int dr = 0; dr < rs; dr++) {
          for (int dc = 0; dc < cs; dc++) {
            occupy(taken, r + dr, c + dc);
          }
        }
        c += cs;
        columns = Math.max(columns, c);
      }
    }
    int[] widths = widths(table, columns);
    XWPFTable t = doc.createTable(rows.size(), 1);
    CTTblPr pr = t.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(TEXT_WIDTH));
    pr.addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r);
      boolean first = true;
      for (int c = 0; c < columns; ) {
        Placed origin = at(placed, r, c);
        if (origin == null) {
          c++;
          continue;
        }
        XWPFTableCell cell = first ? row.getCell(0) : row.addNewTableCell();
        first = false;
        CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int span = origin.colspan();
        int cellWidth = 0;
        for (int k = origin.col(); k < origin.col() + span; k++) {
          cellWidth += widths[k];
        }
        tc.addNewTcW().setW(BigInteger.valueOf(cellWidth));
        tc.getTcW().setType(STTblWidth.DXA);
        tc.addNewVAlign().setVal(STVerticalJc.CENTER);
        if (span > 1) {
          tc.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        boolean isOrigin = origin.row() == r;
        if (origin.rowspan() > 1) {
          tc.addNewVMerge().setVal(isOrigin ? STMerge.RESTART : STMerge.CONTINUE);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        boolean label = origin.cell().hasClass("label");
        p.setAlignment(label ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        if (isOrigin) {
          XWPFRun run = p.createRun();
          run.setText(origin.cell().text());
          run.setFontSize(9);
          run.setBold(origin.cell().hasClass("head") || origin.cell().hasClass("block"));
          run.setFontFamily(TABLE_FONT, XWPFRun.FontCharRange.eastAsia);
          run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
          if (origin.cell().hasClass("block")) {
            tc.addNewShd().setFill("E6E6E6");
          }
        }
        c += span;
      }
    }
    doc.createParagraph();
  }

  private static int[] widths(Element table, int columns) {
    int[] widths = new int[columns];
    List<Element> cols = table.select("col");
    if (cols.size() == columns) {
      for (int i = 0; i < columns; i++) {
        String style = cols.get(i).attr("style");
        double pct = Double.parseDouble(style.replaceAll("[^0-9.]", ""));
        widths[i] = (int) Math.round(TEXT_WIDTH * pct / 100);
      }
    } else {
      java.util.Arrays.fill(widths, TEXT_WIDTH / columns);
    }
    return widths;
  }

  private static Placed at(List<Placed> placed, int r, int c) {
    for (Placed p : placed) {
      if (p.col() == c && r >= p.row() && r < p.row() + p.rowspan()) {
        return p;
      }
    }
    return null;
  }

  private static boolean occupied(List<boolean[]> taken, int r, int c) {
    return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
  }

  private static void occupy(List<boolean[]> taken, int r, int c) {
    while (taken.size() <= r) {
      taken.add(new boolean[64]);
    }
    taken.get(r)[c] = true;
  }

  private static int intAttr(Element e, String name) {
    try {
      return e.hasAttr(name) ? Integer.parseInt(e.attr(name).trim()) : 1;
    } catch (NumberFormatException ex) {
      return 1;
    }
  }
}
