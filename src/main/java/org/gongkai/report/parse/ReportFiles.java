package org.gongkai.report.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.shared.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns an uploaded file (plain text in UTF-8 or GBK, HTML, DOCX, PDF with a text layer) into the
 * cell sequence {@link ReportParser} reads. Every limit is checked before the expensive work: file
 * size, uncompressed size of a DOCX, pages of a PDF.
 */
public final class ReportFiles {

  /** The largest file accepted. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final long MAX_UNZIPPED = 60L * 1024 * 1024;
  private static final int MAX_ZIP_ENTRIES = 2_000;
  private static final int MAX_PDF_PAGES = 100;
  private static final int MAX_CHARS = 5_000_000;
  private static final Pattern NUMERIC_PART = Pattern.compile("^[+\\-−]?[0-9０-９][0-9０-９,，.．]*(亿元|万元|元|件|条|个|项|次)?$|^[—\\-－/]+$");

  /** The kinds of file understood. */
  public enum Kind {
    TEXT, HTML, DOCX, PDF
  }

  private ReportFiles() {}

  /** Detects the kind of file from its first bytes (the name only decides between text and HTML). */
  public static Kind kindOf(byte[] bytes, String filename) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return Kind.DOCX;
    }
    if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
      return Kind.PDF;
    }
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11) {
      throw new InvalidInputException("file", "不支持 Word 97-2003（.doc）或其他旧版 Office 格式，请另存为 .docx、HTML 或文本后上传");
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || head.contains("<html")
        || head.contains("<!doctype html") || head.contains("<table") || head.contains("<body")) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  /** The cells of the file, in reading order. */
  public static List<String> read(byte[] bytes, String filename) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("file", "上传的文件是空的");
    }
    if (bytes.length > MAX_BYTES) {
      throw new TooLargeException("文件大小为 " + (bytes.length / 1024 / 1024) + " MB，超过 " + (MAX_BYTES / 1024 / 1024)
          + " MB 的上限；年度报告的正文文件一般不超过 2 MB");
    }
    return switch (kindOf(bytes, filename)) {
      case DOCX -> docx(bytes);
      case PDF -> pdf(bytes);
      case HTML -> html(decode(bytes));
      case TEXT -> text(decode(bytes));
    };
  }

  /** A file over the size limit. */
  public static final class TooLargeException extends RuntimeException {
    public TooLargeException(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------- text

  /** UTF-8 (with or without BOM) if the bytes are valid UTF-8, UTF-16 by its BOM, else GB18030 (a superset of GBK). */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      try {
        return Charset.forName("GB18030").newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e2) {
        throw new InvalidInputException("file", "无法识别文件的文字编码（既不是 UTF-8 也不是 GBK），请另存为 UTF-8 文本后上传");
      }
    }
  }

  /**
   * Text as office software flattens a table: one cell per line (a leading tab is indentation),
   * cells of one line separated by tabs, a line holding only a tab is a blank cell, and an empty
   * line separates rows. A line of a label followed by numbers separated by spaces is split.
   */
  static List<String> text(String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidInputException("file", "文本超过 " + MAX_CHARS + " 个字符，不像一份年度报告");
    }
    List<String> tokens = new ArrayList<>();
    for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
      if (line.isBlank() && line.indexOf('\t') < 0) {
        continue;
      }
      String l = line.startsWith("\t") ? line.substring(1) : line;
      if (l.indexOf('\t') >= 0) {
        for (String part : l.split("\t", -1)) {
          tokens.add(part.strip());
        }
      } else {
        addSpaced(tokens, l.strip());
      }
    }
    return tokens;
  }

  /** "1.属于国家秘密 69 0 0" → label and numbers; any other line stays whole. */
  private static void addSpaced(List<String> tokens, String line) {
    String[] parts = line.split("[ \\u3000\\u00a0]+");
    if (parts.length >= 2 && NUMERIC_PART.matcher(parts[parts.length - 1]).matches()) {
      int firstNumber = parts.length;
      while (firstNumber > 0 && NUMERIC_PART.matcher(parts[firstNumber - 1]).matches()) {
        firstNumber--;
      }
      if (firstNumber > 0) {
        tokens.add(String.join("", java.util.Arrays.copyOfRange(parts, 0, firstNumber)));
      }
      for (int i = firstNumber; i < parts.length; i++) {
        tokens.add(parts[i]);
      }
      return;
    }
    tokens.add(line);
  }

  // ---------------------------------------------------------------- HTML

  static List<String> html(String html) {
    if (html.length() > MAX_CHARS * 2) {
      throw new InvalidInputException("file", "网页内容过大，不像一份年度报告");
    }
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, head").remove();
    List<String> tokens = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    walk(doc.body() == null ? doc : doc.body(), tokens, line);
    flush(tokens, line);
    return tokens;
  }

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "ul", "ol", "section", "article", "header", "footer", "br", "tr", "center", "blockquote", "pre", "dd", "dt");

  private static void walk(Node node, List<String> tokens, StringBuilder line) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("table")) {
          flush(tokens, line);
          table(e, tokens);
        } else if (BLOCKS.contains(tag)) {
          flush(tokens, line);
          walk(e, tokens, line);
          flush(tokens, line);
        } else {
          walk(e, tokens, line);
        }
      }
    }
  }

  private static void flush(List<String> tokens, StringBuilder line) {
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      addSpaced(tokens, s);
    }
    line.setLength(0);
  }

  /** A table: each cell once (a merged cell where it starts), a blank cell as an empty string. */
  private static void table(Element table, List<String> tokens) {
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          StringBuilder text = new StringBuilder();
          for (Element inner : cell.select("table")) {
            inner.remove();
          }
          text.append(cell.wholeText().replaceAll("[\\s\\u00a0]+", " ").strip());
          tokens.add(text.toString().replace(" ", looksSpacedHeading(text.toString()) ? "" : " ").strip());
        }
      }
    }
  }

  private static boolean looksSpacedHeading(String s) {
    return s.matches("^(\\S\\s+)+\\S$");
  }

  // ---------------------------------------------------------------- DOCX

  static List<String> docx(byte[] bytes) {
    checkZip(bytes);
    List<String> tokens = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          for (String line : p.getText().split("\\r?\\n")) {
            if (!line.isBlank()) {
              addSpaced(tokens, line.strip());
            }
          }
        } else if (element instanceof XWPFTable t) {
          docxTable(t, tokens);
        }
        if (tokens.size() > 200_000) {
          throw new InvalidInputException("file", "文档内容过多，不像一份年度报告");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException iie) {
        throw iie;
      }
      throw new InvalidInputException("file", "无法读取该 DOCX 文件（文件可能已损坏或不是 Word 文档）");
    }
    return tokens;
  }

  private static void docxTable(XWPFTable table, List<String> tokens) {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued = pr != null && pr.isSetVMerge()
            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        boolean hContinued = pr != null && pr.isSetHMerge()
            && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
        if (hContinued) {
          continue;
        }
        if (continued) {
          tokens.add("");
          continue;
        }
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
          text.append(p.getText());
        }
        String s = text.toString().strip();
        tokens.add(looksSpacedHeading(s) ? s.replaceAll("\\s+", "") : s);
      }
    }
  }

  /** Refuses a DOCX whose parts would unpack to more than the limit (a ZIP bomb) before POI opens it. */
  static void checkZip(byte[] bytes) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    boolean document = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw new InvalidInputException("file", "DOCX 文件包含的部件过多（超过 " + MAX_ZIP_ENTRIES + " 个），疑似恶意文件，已拒绝");
        }
        if (entry.getName().equals("word/document.xml")) {
          document = true;
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED) {
            throw new InvalidInputException("file", "DOCX 文件解压后超过 " + (MAX_UNZIPPED / 1024 / 1024)
                + " MB（疑似“压缩炸弹”），已拒绝；请检查文件来源");
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("file", "无法读取该压缩文件（文件可能已损坏）");
    }
    if (!document) {
      throw new InvalidInputException("file", "该文件是 ZIP 压缩包而不是 Word（DOCX）文档，请上传报告本身");
    }
  }

  // ---------------------------------------------------------------- PDF

  static List<String> pdf(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() > MAX_PDF_PAGES) {
        throw new InvalidInputException("file", "PDF 共 " + doc.getNumberOfPages() + " 页，超过 " + MAX_PDF_PAGES + " 页的上限");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      if (text.isBlank()) {
        throw new InvalidInputException("file", "该 PDF 没有文字层（可能是扫描件或图片），无法读取表格；请上传 DOCX、HTML 或文本版本");
      }
      List<String> tokens = new ArrayList<>();
      for (String line : text.split("\\r?\\n")) {
        if (!line.isBlank()) {
          addSpaced(tokens, line.strip());
        }
      }
      return tokens;
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException("file", "该 PDF 已加密，无法读取");
    } catch (IOException e) {
      throw new InvalidInputException("file", "无法读取该 PDF 文件（文件可能已损坏）");
    }
  }

  static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
