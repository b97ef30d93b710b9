package org.gongkai.catalog.internal.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read as a stream (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes),
 * in UTF-8 (with or without BOM) or GBK, recognised from the first 64 KB.
 */
final class CsvRows implements RowReader {

  static final Charset GBK = Charset.forName("GB18030");
  private static final int MAX_FIELD = 2_000_000;

  private final Reader reader;
  private final Charset charset;
  private int pushback = -2;

  private CsvRows(Reader reader, Charset charset) {
    this.reader = reader;
    this.charset = charset;
  }

  /** Opens the stream, detecting the encoding; throws {@link ImportProblem} when it is neither UTF-8 nor GBK. */
  static CsvRows open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 16);
    in.reset();
    Charset cs = detect(head);
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      in.skipNBytes(3);
    }
    return new CsvRows(new java.io.BufferedReader(new InputStreamReader(in, cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16), cs);
  }

  Charset charset() {
    return charset;
  }

  static Charset detect(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    for (int i = 0; i < Math.min(head.length, 4096); i++) {
      if (head[i] == 0) {
        throw new ImportProblem("文件不是文本格式的CSV（可能是UTF-16编码或二进制文件），请在Excel中“另存为 CSV UTF-8”后重新上传");
      }
    }
    int cut = head.length;
    // do not judge by a character cut off at the end of the sample
    while (cut > 0 && cut > head.length - 4 && (head[cut - 1] & 0x80) != 0) {
      cut--;
    }
    if (decodes(head, cut, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (decodes(head, cut, GBK)) {
      return GBK;
    }
    throw new ImportProblem("无法识别文件编码：CSV文件应为UTF-8或GBK编码，请在Excel中“另存为 CSV UTF-8”后重新上传");
  }

  private static boolean decodes(byte[] bytes, int length, Charset cs) {
    try {
      cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Override
  public List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (c == -1) {
        row.add(field.toString());
        return row;
      }
      char ch = (char) c;
      if (inQuotes) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            unread(n);
          }
        } else {
          append(field, ch);
        }
      } else if (ch == '"' && field.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        row.add(field.toString());
        return row;
      } else {
        append(field, ch);
      }
      c = read();
    }
  }

  private static void append(StringBuilder field, char ch) {
    if (field.length() >= MAX_FIELD) {
      throw new ImportProblem("CSV文件中有超过200万字符的单元格，可能是引号未闭合，请检查文件");
    }
    field.append(ch);
  }

  private int read() throws IOException {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    return reader.read();
  }

  private void unread(int c) {
    pushback = c;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
