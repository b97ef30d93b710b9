package org.gongkai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Official letters (公文 letter layout after GB/T 9704-2012, without the red header): A4, margins
 * 37/35/28/26 mm, title in 22 pt 黑体-style centred, body in 16 pt 仿宋-style on a fixed 28.95 pt
 * line (22 lines a page), paragraphs indented two characters, signature and date on the right,
 * page numbers "— 1 —" at the foot.
 */
public final class Documents {

  static final String BODY_FONT = "仿宋";
  static final String TITLE_FONT = "黑体";
  static final String LATIN_FONT = "Times New Roman";

  private Documents() {}

  /** The letter as a PDF file. */
  public static byte[] letterPdf(Letter letter) {
    return Pdf.fromHtml(letterHtml(letter), letter.title());
  }

  /** The XHTML the PDF is rendered from; usable for a browser preview too. */
  public static String letterHtml(Letter letter) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>")
        .append("@page { size: A4; margin: 37mm 26mm 35mm 28mm;")
        .append(" @bottom-center { content: '— ' counter(page) ' —'; font-family: '")
        .append(Pdf.FONT_FAMILY)
        .append("'; font-size: 14pt; vertical-align: top; padding-top: 7mm; } }")
        .append("body { font-family: '")
        .append(Pdf.FONT_FAMILY)
        .append("'; font-size: 16pt; line-height: 28.95pt; color: #000; margin: 0; }")
        .append("p { margin: 0; }")
        .append(".agency, .title { text-align: center; font-size: 22pt; line-height: 36pt; }")
        .append(".agency { letter-spacing: 2pt; }")
        .append(".number { text-align: center; margin-top: 14pt; }")
        .append(".gap { height: 28.95pt; }")
        .append(".body { text-indent: 2em; text-align: justify; }")
        .append(".sign { margin-top: 57.9pt; margin-left: auto; margin-right: 4em; }")
        .append(".sign td { text-align: center; padding: 0; font-size: 16pt; line-height: 28.95pt; }")
        .append("</style><title>")
        .append(escape(letter.title()))
        .append("</title></head><body>");
    if (letter.showsAgencyLine()) {
      h.append("<p class=\"agency\">").append(escape(letter.agencyName())).append("</p>");
    }
    if (letter.title() != null && !letter.title().isBlank()) {
      h.append("<p class=\"title\">").append(escape(letter.title())).append("</p>");
    }
    if (letter.documentNumber() != null && !letter.documentNumber().isBlank()) {
      h.append("<p class=\"number\">").append(escape(letter.documentNumber())).append("</p>");
    }
    h.append("<div class=\"gap\"></div>");
    if (!letter.salutation().isEmpty()) {
      h.append("<p class=\"to\">").append(escape(letter.salutation())).append("</p>");
    }
    for (String paragraph : letter.paragraphs()) {
      h.append("<p class=\"body\">").append(escape(paragraph)).append("</p>");
    }
    h.append("<table class=\"sign\">");
    if (letter.signature() != null && !letter.signature().isBlank()) {
      h.append("<tr><td>").append(escape(letter.signature())).append("</td></tr>");
    }
    h.append("<tr><td>").append(escape(letter.dateText())).append("</td></tr></table>");
    h.append("</body></html>");
    return h.toString();
  }

  /** The letter as a Word file, with 仿宋/黑体 set as East-Asian fonts on every run. */
  public static byte[] letterDocx(Letter letter) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetup(doc);
      if (letter.showsAgencyLine()) {
        XWPFParagraph p = centred(doc);
        run(p, letter.agencyName(), TITLE_FONT, 22);
        exactLine(p, 36);
      }
      if (letter.title() != null && !letter.title().isBlank()) {
        XWPFParagraph p = centred(doc);
        run(p, letter.title(), TITLE_FONT, 22);
        exactLine(p, 36);
      }
      if (letter.documentNumber() != null && !letter.documentNumber().isBlank()) {
        XWPFParagraph p = centred(doc);
        p.setSpacingBefore(280);
        run(p, letter.documentNumber(), BODY_FONT, 16);
        exactLine(p, 28.95);
      }
      bodyParagraph(doc, "", false);
      if (!letter.salutation().isEmpty()) {
        bodyParagraph(doc, letter.salutation(), false);
      }
      for (String paragraph : letter.paragraphs()) {
        bodyParagraph(doc, paragraph, true);
      }
      bodyParagraph(doc, "", false);
      bodyParagraph(doc, "", false);
      // Signature centred over the date; the date ends four characters from the right margin.
      int dateWidth = letter.dateText().length() * 320;
      int rightIndent = 4 * 320;
      if (letter.signature() != null && !letter.signature().isBlank()) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        int signWidth = letter.signature().length() * 320;
        p.setIndentationRight(Math.max(0, rightIndent + (dateWidth - signWidth) / 2));
        run(p, letter.signature(), BODY_FONT, 16);
        exactLine(p, 28.95);
      }
      XWPFParagraph date = doc.createParagraph();
      date.setAlignment(ParagraphAlignment.RIGHT);
      date.setIndentationRight(rightIndent);
      run(date, letter.dateText(), BODY_FONT, 16);
      exactLine(date, 28.95);
      pageNumbers(doc);
      doc.getProperties().getCoreProperties().setTitle(letter.title());
      doc.getProperties().getCoreProperties().setCreator(letter.agencyName());
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentException("生成 Word 文件失败：" + e.getMessage(), e);
    }
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(mm(37)));
    mar.setBottom(BigInteger.valueOf(mm(35)));
    mar.setLeft(BigInteger.valueOf(mm(28)));
    mar.setRight(BigInteger.valueOf(mm(26)));
    mar.setHeader(BigInteger.valueOf(mm(15)));
    mar.setFooter(BigInteger.valueOf(mm(28)));
  }

  private static void pageNumbers(XWPFDocument doc) {
    XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, "— ", "宋体", 14);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    run(p, " —", "宋体", 14);
  }

  private static int mm(double mm) {
    return (int) Math.round(mm / 25.4 * 1440);
  }

  private static XWPFParagraph centred(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    return p;
  }

  private static void bodyParagraph(XWPFDocument doc, String text, boolean indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    if (indent) {
      p.setIndentationFirstLine(2 * 320); // two characters of 16 pt
    }
    run(p, text, BODY_FONT, 16);
    exactLine(p, 28.95);
  }

  private static void exactLine(XWPFParagraph p, double points) {
    p.setSpacingBetween(points, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
  }

  private static XWPFRun run(XWPFParagraph p, String text, String eastAsianFont, int size) {
    XWPFRun r = p.createRun();
    r.setText(text == null ? "" : text);
    r.setFontFamily(eastAsianFont, FontCharRange.eastAsia);
    r.setFontFamily(LATIN_FONT, FontCharRange.ascii);
    r.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
    r.setFontSize(size);
    return r;
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
