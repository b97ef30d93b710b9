package org.gongkai.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.gongkai.document.internal.CjkFont;
import org.jsoup.nodes.Document;

/**
 * HTML to PDF with Chinese text, through openhtmltopdf and the WenQuanYi Zen Hei font (the only
 * CJK font PDFBox can embed on our servers: Noto CJK is CFF-based and fails). Every family name a
 * page may ask for (宋体, 仿宋, 黑体, serif, sans-serif …) maps to that font, so no character prints
 * as "#".
 */
public final class Pdf {

  /** Where Debian's fonts-wqy-zenhei package puts the font collection. */
  public static final Path FONT_FILE = CjkFont.FILE;

  /** The family name to use in CSS. */
  public static final String FONT_FAMILY = "WenQuanYi Zen Hei";

  private static final String[] ALIASES = {
    FONT_FAMILY, "serif", "sans-serif", "monospace", "宋体", "仿宋", "黑体", "楷体", "SimSun", "SimHei",
    "FangSong", "KaiTi", "仿宋_GB2312", "方正小标宋简体", "Microsoft YaHei", "微软雅黑"
  };

  /** A4 with 25 mm / 20 mm margins unless the page's own CSS says otherwise. */
  private static final String DEFAULT_CSS =
      "@page { size: A4; margin: 25mm 20mm; } body { font-family: '" + FONT_FAMILY + "'; }";

  private Pdf() {}

  /**
   * Renders an HTML page (XHTML or ordinary HTML, parsed leniently) into a PDF document.
   *
   * @throws DocumentException if the CJK font is not installed or rendering fails
   */
  public static byte[] fromHtml(String xhtml) {
    return fromHtml(xhtml, null);
  }

  /** Like {@link #fromHtml(String)}, setting the PDF's title property. */
  public static byte[] fromHtml(String xhtml, String title) {
    Document html = Jsoup.parse(xhtml == null ? "" : xhtml);
    html.head().prependElement("style").text(DEFAULT_CSS);
    if (title != null) {
      html.title(title);
    }
    synchronized (CjkFont.LOCK) {
      return render(html, title);
    }
  }

  private static byte[] render(Document html, String title) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(pdf, CjkFont.get(), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
      for (String family : ALIASES) {
        for (int weight : new int[] {400, 700}) {
          for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
            builder.useFont(new PDFontSupplier(font), family, weight, style, true);
          }
        }
      }
      builder.withW3cDocument(new W3CDom().fromJsoup(html), null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setProducer("Gongkai");
        info.setCreator("Gongkai");
        if (title != null) {
          info.setTitle(title);
        }
        pdf.save(out);
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException de) {
        throw de;
      }
      throw new DocumentException("生成 PDF 文件失败：" + e.getMessage(), e);
    }
  }

}
