package org.gongkai.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.document.internal.ZipEntries;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Plain text of PDF, DOCX, XLSX, XLS and text files, for search indexing and personal data
 * checks. Bounded: ZIP containers are checked against {@link Limits#maxUncompressedBytes()} and
 * {@link Limits#maxZipEntries()} before they are opened, spreadsheets are streamed, and the result
 * is cut at {@link Limits#maxChars()}.
 */
public final class TextExtraction {

  /** Bounds for one extraction. */
  public record Limits(int maxChars, long maxUncompressedBytes, int maxZipEntries) {

    /** 1 million characters, 200 MB uncompressed, 10,000 ZIP entries. */
    public static final Limits DEFAULT = new Limits(1_000_000, 200L * 1024 * 1024, 10_000);

    public Limits {
      if (maxChars < 0 || maxUncompressedBytes <= 0 || maxZipEntries <= 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }

    public Limits withMaxChars(int chars) {
      return new Limits(chars, maxUncompressedBytes, maxZipEntries);
    }
  }

  private TextExtraction() {}

  /** Whether {@link #extract} can read files of this type. */
  public static boolean supports(ContentType type) {
    return switch (type) {
      case PDF, DOCX, XLSX, XLS, TEXT -> true;
      default -> false;
    };
  }

  /** The text of a file, with {@link Limits#DEFAULT}. */
  public static String extract(byte[] content) {
    return extract(content, Limits.DEFAULT);
  }

  /** The text of a file, at most {@code maxChars} characters. */
  public static String extract(byte[] content, int maxChars) {
    return extract(content, Limits.DEFAULT.withMaxChars(maxChars));
  }

  /**
   * The text of a file, recognised by {@link ContentType#detect}.
   *
   * @throws DocumentException for encrypted, damaged, oversized or unsupported files, with a
   *     Chinese message for the user
   */
  public static String extract(byte[] content, Limits limits) {
    if (content == null || content.length == 0) {
      throw new DocumentException("文件为空。");
    }
    ContentType type = ContentType.detect(content);
    String text =
        switch (type) {
          case PDF -> pdf(content, limits.maxChars());
          case DOCX -> {
            ZipEntries.requireBounded(content, limits.maxUncompressedBytes(), limits.maxZipEntries());
            yield docx(content);
          }
          case XLSX -> {
            ZipEntries.requireBounded(content, limits.maxUncompressedBytes(), limits.maxZipEntries());
            yield xlsx(content, limits.maxChars());
          }
          case XLS -> xls(content);
          case TEXT -> decodeText(content);
          case DOC -> throw new DocumentException("暂不支持 Word 97-2003（.doc）格式，请另存为 .docx 或 PDF 后再上传。");
          case PNG, JPEG, GIF -> throw new DocumentException("图片文件不含可提取的文字（不做文字识别）。");
          case ZIP -> throw new DocumentException("不支持从压缩包中提取文字，请分别上传其中的文件。");
          case UNKNOWN -> throw unknown(content);
        };
    return text.length() > limits.maxChars() ? text.substring(0, limits.maxChars()) : text;
  }

  private static DocumentException unknown(byte[] content) {
    if (isEncryptedOfficeFile(content)) {
      return new DocumentException("文件已设置打开密码（加密），无法读取，请取消密码后再上传。");
    }
    return new DocumentException("无法识别的文件格式，仅支持 PDF、Word（.docx）、Excel（.xlsx/.xls）和纯文本文件。");
  }

  /** Encrypted DOCX/XLSX files are OLE2 compound files holding "EncryptionInfo". */
  static boolean isEncryptedOfficeFile(byte[] content) {
    if (content.length < 8 || (content[0] & 0xFF) != 0xD0 || (content[1] & 0xFF) != 0xCF) {
      return false;
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String pdf(byte[] content, int maxChars) {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      StringBuilder out = new StringBuilder();
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages && out.length() < maxChars; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        out.append(stripper.getText(document));
      }
      return out.toString();
    } catch (InvalidPasswordException e) {
      throw new DocumentException("PDF 文件已设置打开密码（加密），无法读取，请取消密码后再上传。", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException("PDF 文件已损坏或格式不正确，无法读取。", e);
    }
  }

  private static String docx(byte[] content) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        XWPFDocument document = new XWPFDocument(pkg);
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw new DocumentException("Word 文件已损坏或格式不正确，无法读取。", e);
    }
  }

  private static String xls(byte[] content) {
    try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(content));
        ExcelExtractor extractor = new ExcelExtractor(workbook)) {
      extractor.setIncludeSheetNames(true);
      extractor.setFormulasNotResults(false);
      return extractor.getText();
    } catch (EncryptedDocumentException e) {
      throw new DocumentException("Excel 文件已设置密码（加密），无法读取，请取消密码后再上传。", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException("Excel 文件已损坏或格式不正确，无法读取。", e);
    }
  }

  /** Thrown inside the SAX handler to stop reading once enough text is collected. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  private static String xlsx(byte[] content, int maxChars) {
    StringBuilder out = new StringBuilder();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      DataFormatter formatter = new DataFormatter();
      while (sheets.hasNext() && out.length() < maxChars) {
        try (InputStream sheet = sheets.next()) {
          out.append(sheets.getSheetName()).append('\n');
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  reader.getStylesTable(), null, strings, new RowCollector(out, maxChars), formatter, false));
          try {
            parser.parse(new InputSource(sheet));
          } catch (Enough enough) {
            break;
          }
          out.append('\n');
        }
      }
      return out.toString();
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new DocumentException("Excel 文件已损坏或格式不正确，无法读取。", e);
    } catch (RuntimeException e) {
      throw new DocumentException("Excel 文件已损坏或格式不正确，无法读取。", e);
    }
  }

  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final StringBuilder out;
    private final int maxChars;
    private boolean firstCell;

    RowCollector(StringBuilder out, int maxChars) {
      this.out = out;
      this.maxChars = maxChars;
    }

    @Override
    public void startRow(int rowNum) {
      firstCell = true;
    }

    @Override
    public void endRow(int rowNum) {
      out.append('\n');
      if (out.length() >= maxChars) {
        throw new Enough();
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      if (!firstCell) {
        out.append('\t');
      }
      firstCell = false;
      if (formattedValue != null) {
        out.append(formattedValue);
      }
    }
  }

  /** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK). */
  static String decodeText(byte[] content) {
    if (content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    }
    String utf8 = strict(content, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    String gbk = strict(content, Charset.forName("GB18030"));
    return gbk != null ? gbk : new String(content, StandardCharsets.UTF_8);
  }

  private static String strict(byte[] content, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
