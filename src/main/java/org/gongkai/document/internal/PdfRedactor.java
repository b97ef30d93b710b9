package org.gongkai.document.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.gongkai.document.DocumentException;
import org.gongkai.document.RedactionLogEntry;
import org.gongkai.document.RedactionResult;
import org.gongkai.document.RedactionSpec;
import org.gongkai.document.Region;

/**
 * Rebuilds every page of a PDF: the page is rendered to an image, the withheld areas are painted
 * black in the pixels, and the new page holds that image, a visible 已删除 label on each box and an
 * invisible text layer with the remaining characters only (so the result stays searchable). Nothing
 * of the original file — content streams, fonts, annotations, form fields, attachments, metadata —
 * is copied.
 */
public final class PdfRedactor {

  private PdfRedactor() {}

  /** A rectangle in page points, top-left based. */
  private record Box(float x, float y, float w, float h) {}

  public static RedactionResult redact(byte[] input, RedactionSpec spec, int dpi) {
    List<RedactionLogEntry> log = new ArrayList<>();
    try (PDDocument source = Loader.loadPDF(input)) {
      synchronized (CjkFont.LOCK) {
        try (PDDocument target = new PDDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream()) {
          PDType0Font font = PDType0Font.load(target, CjkFont.get(), true);
          PDFRenderer renderer = new PDFRenderer(source);
          renderer.setAnnotationsFilter(annotation -> false);
          for (int index = 0; index < source.getNumberOfPages(); index++) {
            redactPage(source, index, renderer, target, font, spec, dpi, log);
          }
          target.getDocumentInformation().setProducer("Gongkai");
          target.getDocumentInformation().setTitle("区分处理后文本");
          target.save(out);
          return new RedactionResult(out.toByteArray(), log);
        }
      }
    } catch (InvalidPasswordException e) {
      throw new DocumentException("PDF 文件已设置打开密码（加密），无法进行区分处理。", e);
    } catch (IOException e) {
      throw new DocumentException("PDF 文件已损坏或格式不正确，无法进行区分处理。", e);
    }
  }

  private static void redactPage(
      PDDocument source,
      int index,
      PDFRenderer renderer,
      PDDocument target,
      PDType0Font font,
      RedactionSpec spec,
      int dpi,
      List<RedactionLogEntry> log)
      throws IOException {
    int pageNumber = index + 1;
    String location = "第" + pageNumber + "页";
    PageText page = PageText.of(source, pageNumber);
    Set<TextPosition> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Box> boxes = new ArrayList<>();

    for (Spans.Span span : Spans.find(page.text.toString(), spec.patterns(), spec.literals())) {
      StringBuilder withheld = new StringBuilder();
      List<TextPosition> chars = new ArrayList<>();
      for (int i = span.start(); i < span.end(); i++) {
        TextPosition tp = page.positions.get(i);
        if (tp != null && removed.add(tp)) {
          chars.add(tp);
          withheld.append(tp.getUnicode());
        }
      }
      boxes.addAll(lineBoxes(chars));
      log.add(
          new RedactionLogEntry(
              location, span.kind(), withheld.length(), spec.reason(), Masking.mask(withheld.toString())));
    }
    for (Region region : spec.regions()) {
      if (region.page() != pageNumber) {
        continue;
      }
      StringBuilder withheld = new StringBuilder();
      for (TextPosition tp : page.positions) {
        if (tp == null) {
          continue;
        }
        Box b = box(tp);
        if (region.contains(b.x + b.w / 2, b.y + b.h / 2) && removed.add(tp)) {
          withheld.append(tp.getUnicode());
        }
      }
      boxes.add(new Box(region.x(), region.y(), region.width(), region.height()));
      log.add(
          new RedactionLogEntry(
              location, RedactionLogEntry.REGION, withheld.length(), spec.reason(), Masking.mask(withheld.toString())));
    }

    PDPage original = source.getPage(index);
    PDRectangle crop = original.getCropBox();
    float width = crop.getWidth();
    float height = crop.getHeight();
    BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    float scale = dpi / 72f;
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    for (Box b : boxes) {
      g.fill(new Rectangle2D.Float(b.x * scale, b.y * scale, b.w * scale, b.h * scale));
    }
    g.dispose();
    boolean rotated = original.getRotation() % 180 != 0;
    PDPage page2 = new PDPage(rotated ? new PDRectangle(height, width) : new PDRectangle(width, height));
    float pw = page2.getMediaBox().getWidth();
    float ph = page2.getMediaBox().getHeight();
    target.addPage(page2);
    PDImageXObject picture = LosslessFactory.createFromImage(target, image);
    try (PDPageContentStream cs = new PDPageContentStream(target, page2)) {
      cs.drawImage(picture, 0, 0, pw, ph);
      // visible labels on the boxes
      for (Box b : boxes) {
        float size = Math.min(b.h * 0.7f, b.w / 3.4f);
        if (size < 4) {
          continue;
        }
        float textWidth = font.getStringWidth(org.gongkai.document.Redaction.PDF_LABEL) / 1000 * size;
        cs.beginText();
        cs.setNonStrokingColor(Color.WHITE);
        cs.setFont(font, size);
        cs.newLineAtOffset(b.x + (b.w - textWidth) / 2, ph - b.y - b.h / 2 - size * 0.35f);
        cs.showText(org.gongkai.document.Redaction.PDF_LABEL);
        cs.endText();
      }
      // invisible layer with the remaining text, for search and copy
      if (!rotated) {
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (TextPosition tp : page.positions) {
          if (tp == null || removed.contains(tp)) {
            continue;
          }
          String s = printable(font, tp.getUnicode());
          if (s.isEmpty()) {
            continue;
          }
          float size = Math.max(1f, tp.getFontSizeInPt());
          cs.setFont(font, size);
          float natural = font.getStringWidth(s) / 1000 * size;
          float stretch = natural > 0 && tp.getWidthDirAdj() > 0 ? tp.getWidthDirAdj() / natural : 1f;
          cs.setTextMatrix(new Matrix(stretch, 0, 0, 1, tp.getXDirAdj(), ph - tp.getYDirAdj()));
          cs.showText(s);
        }
        cs.endText();
      }
    }
  }

  /** The characters of {@code s} the font can show. */
  private static String printable(PDType0Font font, String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              try {
                if (!Character.isISOControl(cp) && font.hasGlyph(cp)) {
                  font.encode(c);
                  out.append(c);
                }
              } catch (IOException | IllegalArgumentException e) {
                // not in the font: leave it out of the text layer
              }
            });
    return out.toString();
  }

  private static Box box(TextPosition tp) {
    float size = Math.max(tp.getFontSizeInPt(), tp.getHeightDir());
    float top = tp.getYDirAdj() - size * 0.9f;
    return new Box(tp.getXDirAdj(), top, Math.max(tp.getWidthDirAdj(), size * 0.3f), size * 1.15f);
  }

  /** One box per line for a run of characters, padded by one point. */
  private static List<Box> lineBoxes(List<TextPosition> chars) {
    List<Box> boxes = new ArrayList<>();
    Box current = null;
    float baseline = Float.NaN;
    for (TextPosition tp : chars) {
      Box b = box(tp);
      if (current != null && Math.abs(tp.getYDirAdj() - baseline) < 1f && b.x >= current.x - 1) {
        float x1 = Math.min(current.x, b.x);
        float y1 = Math.min(current.y, b.y);
        float x2 = Math.max(current.x + current.w, b.x + b.w);
        float y2 = Math.max(current.y + current.h, b.y + b.h);
        current = new Box(x1, y1, x2 - x1, y2 - y1);
      } else {
        if (current != null) {
          boxes.add(pad(current));
        }
        current = b;
        baseline = tp.getYDirAdj();
      }
    }
    if (current != null) {
      boxes.add(pad(current));
    }
    return boxes;
  }

  private static Box pad(Box b) {
    return new Box(b.x - 1, b.y - 1, b.w + 2, b.h + 2);
  }

  /** The text of one page with, for each character, the glyph it came from (null for separators). */
  static final class PageText extends PDFTextStripper {
    final StringBuilder text = new StringBuilder();
    final List<TextPosition> positions = new ArrayList<>();

    private PageText() {
      setSortByPosition(true);
    }

    static PageText of(PDDocument document, int page) throws IOException {
      PageText stripper = new PageText();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(document);
      return stripper;
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) {
      for (TextPosition tp : textPositions) {
        String unicode = tp.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
          continue;
        }
        for (int i = 0; i < unicode.length(); i++) {
          text.append(unicode.charAt(i));
          positions.add(tp);
        }
      }
    }

    @Override
    protected void writeWordSeparator() {
      separator(' ');
    }

    @Override
    protected void writeLineSeparator() {
      separator('\n');
    }

    @Override
    protected void writeParagraphEnd() {
      separator('\n');
    }

    private void separator(char c) {
      text.append(c);
      positions.add(null);
    }
  }
}
