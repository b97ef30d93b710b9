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
    Reader reader =
        new InputStreamReader(
            pin,
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    Parser parser = new Parser(reader);
    try {
      List<String> header = parser.next();
      if (header == null) {
        throw new ImportFailure("文件是空的，没有表头和数据行");
      }
      if (!header.isEmpty() && !header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
        header.set(0, header.get(0).substring(1));
      }
      sink.header(header.toArray(String[]::new));
      List<String> row;
      while (true) {
        long line = parser.line + 1;
        row = parser.next();
        if (row == null) {
          break;
        }
        if (isBlank(row)) {
          continue;
        }
        sink.row(line, row.toArray(String[]::new));
      }
    } catch (CharacterCodingException e) {
      throw new ImportFailure(
          "文件第 " + (parser.line + 1) + " 行附近含有无法按 " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "GBK")
              + " 解码的字节，文件可能混用了多种编码；请统一另存为“CSV UTF-8（逗号分隔）”后重新上传，本次未保存任何数据");
    }
  }

  private static boolean isBlank(List<String> row) {
    for (String s : row) {
      if (!s.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A small hand-written parser: it is on the hot path of imports of millions of rows. */
  private static final class Parser {
    private final Reader reader;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private char separator;
    long line;
    private final StringBuilder field = new StringBuilder(64);

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

    List<String> next() throws IOException {
      if (peek() < 0) {
        return null;
      }
      if (separator == 0) {
        separator = detectSeparator();
      }
      List<String> cells = new ArrayList<>(16);
      line++;
      field.setLength(0);
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        int c = peek();
        if (c < 0) {
          if (quoted) {
            throw new ImportFailure("第 " + line + " 行的引号没有闭合，文件不完整或格式有误");
          }
          cells.add(wasQuoted ? field.toString() : field.toString().strip());
          return cells;
        }
        pos++;
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              pos++;
              field.append('"');
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == separator) {
          cells.add(wasQuoted ? field.toString() : field.toString().strip());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') {
            pos++;
          }
          cells.add(wasQuoted ? field.toString() : field.toString().strip());
          return cells;
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
          wasQuoted = true;
        } else {
          field.append((char) c);
        }
      }
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
