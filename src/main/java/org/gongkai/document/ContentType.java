package org.gongkai.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gongkai.document.internal.ZipEntries;

/**
 * The kind of an uploaded file, recognised by its content (magic bytes, ZIP entries, text
 * decoding), never by its name.
 */
public enum ContentType {
  PDF("PDF 文档", "application/pdf", "pdf"),
  DOCX("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOC("Word 97-2003 文档", "application/msword", "doc"),
  XLS("Excel 97-2003 表格", "application/vnd.ms-excel", "xls"),
  PNG("PNG 图片", "image/png", "png"),
  JPEG("JPEG 图片", "image/jpeg", "jpg"),
  GIF("GIF 图片", "image/gif", "gif"),
  ZIP("ZIP 压缩包", "application/zip", "zip"),
  TEXT("纯文本", "text/plain", "txt"),
  UNKNOWN("未知类型", "application/octet-stream", "bin");

  /** How many bytes {@link #detect} looks at for text; pass at least this many. */
  public static final int TEXT_SAMPLE = 8192;

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private final String label;
  private final String mediaType;
  private final String extension;

  ContentType(String label, String mediaType, String extension) {
    this.label = label;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The Chinese name shown to users, e.g. "Word 文档". */
  public String label() {
    return label;
  }

  /** The IANA media type, for Content-Type headers. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without dot. */
  public String extension() {
    return extension;
  }

  /**
   * Recognises a file from its first bytes. Pass the whole file when you have it: DOCX and XLSX
   * are told apart from other ZIP files by their entries, read from the central directory at the
   * end (or from the local headers when only a head is given). Never throws.
   */
  public static ContentType detect(byte[] head) {
    if (head == null || head.length == 0) {
      return UNKNOWN;
    }
    if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))
        || startsWithinFirstKb(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return PDF;
    }
    if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return PNG;
    }
    if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return JPEG;
    }
    if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return GIF;
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
      ZipEntries.Kind kind = ZipEntries.officeKind(head);
      return switch (kind) {
        case WORD -> DOCX;
        case EXCEL -> XLSX;
        case OTHER -> ZIP;
      };
    }
    if (startsWith(head, OLE2)) {
      return oleKind(head);
    }
    if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return TEXT; // UTF-16 with byte order mark
    }
    return looksLikeText(head) ? TEXT : UNKNOWN;
  }

  private static ContentType oleKind(byte[] head) {
    // Compound files name their streams in UTF-16LE directory entries.
    if (contains(head, utf16("WordDocument"))) {
      return DOC;
    }
    if (contains(head, utf16("Workbook")) || contains(head, utf16("Book"))) {
      return XLS;
    }
    // Encrypted OOXML and other compound files: not readable here.
    return UNKNOWN;
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  static boolean looksLikeText(byte[] head) {
    int n = Math.min(head.length, TEXT_SAMPLE);
    byte[] sample = Arrays.copyOf(head, n);
    for (byte b : sample) {
      if (b == 0) {
        return false;
      }
    }
    String text = decodeLenient(sample, StandardCharsets.UTF_8, head.length > n);
    if (text == null) {
      text = decodeLenient(sample, Charset.forName("GB18030"), head.length > n);
    }
    if (text == null) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control * 100 <= text.length();
  }

  /** Decodes strictly; a sequence cut off at the end of a truncated sample is tolerated. */
  private static String decodeLenient(byte[] bytes, Charset charset, boolean truncated) {
    int cut = truncated ? Math.min(3, bytes.length) : 0;
    for (int drop = 0; drop <= cut; drop++) {
      try {
        CharsetDecoder decoder =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, 0, bytes.length - drop)).toString();
      } catch (CharacterCodingException e) {
        // try dropping a cut-off trailing sequence
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithinFirstKb(byte[] data, byte[] marker) {
    // Some PDF writers put a few bytes of junk before the header; readers accept up to 1024.
    int limit = Math.min(data.length, 1024);
    return indexOf(data, marker, 0, limit) >= 0;
  }

  private static boolean contains(byte[] data, byte[] marker) {
    return indexOf(data, marker, 0, Math.min(data.length, 1 << 20)) >= 0;
  }

  private static int indexOf(byte[] data, byte[] marker, int from, int to) {
    outer:
    for (int i = from; i <= to - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (data[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
