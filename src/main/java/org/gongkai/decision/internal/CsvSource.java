package org.gongkai.decision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted fields may hold separators, quotes and line breaks), UTF-8 or GBK
 * detected from the first 64 KB, comma or tab separated (decided by the header line). Streams: only
 * one row is held at a time.
 */
public final class CsvSource implements RowSource {

  private static final int SAMPLE = 64 * 1024;

  private final InputStream in;
  private Charset charset;

  public CsvSource(InputStream in) {
    this.in = in;
  }

  /** The detected encoding, once {@link #read} has started. */
  public Charset charset() {
    return charset;
  }

  @Override
  public void read(RowSink sink) throws IOException {
    PushbackInputStream pin = new PushbackInputStream(in, SAMPLE);
    byte[] head = new byte[SAMPLE];
    int n = 0;
    int r;
    while (n < SAMPLE && (r = pin.read(head, n, SAMPLE - n)) > 0) {
      n += r;
    }
    if (n == 0) {
      throw new ImportFailure("文件是空的，没有表头和数据行");
    }
    FileSniffer.requireText(head, n, "csv");
    charset = FileSniffer.detectCharset(head, n, n < SAMPLE);
    pin.unread(head, 0, n);
    Reader reader = charset.equals(StandardCharsets.UTF_8)
        ? new Utf8Reader(pin)
        : new InputStreamReader(
            pin,
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    Parser parser = new Parser(reader);
    try {
      String[] header = parser.next();
      if (header == null) {
        throw new ImportFailure("文件是空的，没有表头和数据行");
      }
      if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
        header[0] = header[0].substring(1);
      }
      sink.header(header);
      String[] row;
      while (true) {
        long line = parser.line + 1;
        row = parser.next();
        if (row == null) {
          break;
        }
        if (isBlank(row)) {
          continue;
        }
        sink.row(line, row);
      }
    } catch (CharacterCodingException e) {
      throw new ImportFailure(
          "文件第 " + parser.currentLine() + " 行附近含有无法按 " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "GBK")
              + " 解码的字节，文件可能混用了多种编码；请统一另存为“CSV UTF-8（逗号分隔）”后重新上传，本次未保存任何数据");
    }
  }

  private static boolean isBlank(String[] row) {
    for (String s : row) {
      if (!s.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A small hand-written parser: it is on the hot path of imports of millions of rows. An unquoted
   * field is cut out of the read buffer in one piece (without its surrounding white space); only
   * quoted fields and fields that cross the end of the buffer are copied character by character.
   */
  private static final class Parser {
    private final Reader reader;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private char separator;
    long line;
    /** Whether the parser stands before a row (its line not counted yet) rather than inside one. */
    private boolean betweenRows = true;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> cells = new ArrayList<>(16);

    Parser(Reader reader) {
      this.reader = reader;
    }

    private int peek() throws IOException {
      if (pos >= len) {
        len = reader.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos];
    }

    /** The next row's fields, or null at the end of the input. */
    String[] next() throws IOException {
      betweenRows = true;
      if (peek() < 0) {
        return null;
      }
      if (separator == 0) {
        separator = detectSeparator();
      }
      cells.clear();
      line++;
      betweenRows = false;
      while (true) {
        if (peek() == '"') {
          pos++;
          cells.add(quoted());
        } else {
          cells.add(unquoted());
        }
        int c = peek();
        if (c < 0) {
          return cells.toArray(new String[0]);
        }
        pos++;
        if (c != separator) {
          if (c == '\r' && peek() == '\n') {
            pos++;
          }
          return cells.toArray(new String[0]);
        }
      }
    }

    /** A field without quotes, up to the separator or the end of the line, without white space around it. */
    private String unquoted() throws IOException {
      int start = pos;
      while (true) {
        for (int i = start; i < len; i++) {
          char c = buf[i];
          if (c == separator || c == '\n' || c == '\r') {
            pos = i;
            if (field.isEmpty()) {
              return stripped(buf, start, i);
            }
            field.append(buf, start, i - start);
            return take(true);
          }
        }
        field.append(buf, start, len - start);
        pos = len;
        if (peek() < 0) {
          return take(true);
        }
        start = pos;
      }
    }

    /**
     * A field that starts with a quote (already read): up to the closing quote, doubled quotes and line
     * breaks kept, then whatever follows up to the separator, as written.
     */
    private String quoted() throws IOException {
      while (true) {
        if (peek() < 0) {
          throw new ImportFailure("第 " + line + " 行的引号没有闭合，文件不完整或格式有误");
        }
        int i = pos;
        while (i < len && buf[i] != '"' && buf[i] != '\n') {
          i++;
        }
        field.append(buf, pos, i - pos);
        pos = i;
        if (i == len) {
          continue;
        }
        pos++;
        if (buf[i] == '\n') {
          line++;
          field.append('\n');
        } else if (peek() == '"') {
          pos++;
          field.append('"');
        } else {
          break;
        }
      }
      for (int c = peek(); c >= 0 && c != separator && c != '\n' && c != '\r'; c = peek()) {
        field.append((char) c);
        pos++;
      }
      return take(false);
    }

    private String take(boolean strip) {
      String s = field.toString();
      field.setLength(0);
      return strip ? s.strip() : s;
    }

    private static String stripped(char[] chars, int from, int to) {
      while (from < to && Character.isWhitespace(chars[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(chars[to - 1])) {
        to--;
      }
      return new String(chars, from, to - from);
    }

    /** The line the parser is on: that of the row it is reading, or of the next one between rows. */
    long currentLine() {
      return betweenRows ? line + 1 : line;
    }

    /** Comma, unless the first line has tabs and no commas. */
    private char detectSeparator() {
      int commas = 0;
      int tabs = 0;
      for (int i = pos; i < len && buf[i] != '\n'; i++) {
        if (buf[i] == ',') {
          commas++;
        } else if (buf[i] == '\t') {
          tabs++;
        }
      }
      return tabs > 0 && commas == 0 ? '\t' : ',';
    }
  }
}
