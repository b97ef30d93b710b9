package org.gongkai.report.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.report.model.Report;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The report as PDF (openhtmltopdf) with the WenQuanYi Zen Hei font embedded, the one CJK font
 * PDFBox can embed on our servers. Every family the page names maps to it.
 */
public final class ReportPdf {

  static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final String[] FAMILIES = {"WenQuanYi Zen Hei", "宋体", "SimSun", "黑体", "仿宋_GB2312", "serif", "sans-serif"};
  private static final Object LOCK = new Object();

  private ReportPdf() {}

  public static byte[] of(Report report, Narrative narrative) {
    return fromHtml(ReportHtml.document(report, narrative), ReportHtml.title(report));
  }

  static byte[] fromHtml(String xhtml, String title) {
    if (!FONT.isFile()) {
      throw new IllegalStateException("缺少中文字体 " + FONT + "（Debian 软件包 fonts-wqy-zenhei），无法生成 PDF");
    }
    synchronized (LOCK) {
      try (TrueTypeCollection collection = new TrueTypeCollection(FONT);
          PDDocument pdf = new PDDocument();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
        PDType0Font font = PDType0Font.load(pdf, ttf, true);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePDDocument(pdf);
        for (String family : FAMILIES) {
          for (int weight : new int[] {400, 700}) {
            builder.useFont(new PDFontSupplier(font), family, weight, FontStyle.NORMAL, true);
          }
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(xhtml)), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
          renderer.layout();
          renderer.createPDFWithoutClosing();
          pdf.getDocumentInformation().setTitle(title);
          pdf.getDocumentInformation().setCreator("Gongkai");
          pdf.save(out);
        }
        return out.toByteArray();
      } catch (IOException e) {
        throw new IllegalStateException("生成 PDF 失败：" + e.getMessage(), e);
      }
    }
  }
}
