package org.gongkai.request.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.document.DocumentException;

/**
 * Page sizes and small page pictures of a PDF, for marking regions to withhold. Sizes are in PDF
 * points as the page is shown (crop box, rotation applied), the space of {@link
 * org.gongkai.document.Region}.
 */
public final class PdfPages {

  /** The resolution of page pictures: one pixel per point, an A4 page becomes 595 × 842 pixels. */
  public static final int PREVIEW_DPI = 72;

  private PdfPages() {}

  /** The size of one page as shown, in points. */
  public record Size(float width, float height) {}

  /** The shown size of every page. */
  public static List<Size> sizes(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Size> sizes = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDRectangle crop = page.getCropBox();
        boolean rotated = page.getRotation() % 180 != 0;
        sizes.add(rotated ? new Size(crop.getHeight(), crop.getWidth()) : new Size(crop.getWidth(), crop.getHeight()));
      }
      return sizes;
    } catch (InvalidPasswordException e) {
      throw new DocumentException("PDF 文件已设置打开密码（加密），无法进行区分处理，请取消密码后再上传。", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException("PDF 文件已损坏或格式不正确，无法读取。", e);
    }
  }

  /** Page {@code page} (1-based) as a PNG picture at {@code dpi}, without annotations. */
  public static byte[] png(byte[] pdf, int page, int dpi) {
    return pngs(pdf, page, page, dpi).get(0);
  }

  /** Pages {@code from} to {@code to} (1-based, inclusive, cut to the document) as PNG pictures. */
  public static List<byte[]> pngs(byte[] pdf, int from, int to, int dpi) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int count = doc.getNumberOfPages();
      if (from < 1 || from > count) {
        throw new DocumentException("页码超出范围：共" + count + "页。");
      }
      PDFRenderer renderer = new PDFRenderer(doc);
      renderer.setAnnotationsFilter(annotation -> false);
      List<byte[]> pictures = new ArrayList<>();
      for (int p = from; p <= Math.min(to, count); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        pictures.add(out.toByteArray());
      }
      return pictures;
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException de) {
        throw de;
      }
      throw new DocumentException("PDF 页面无法显示：文件已损坏或格式不正确。", e);
    }
  }
}
