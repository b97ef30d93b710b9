package org.gongkai.decision.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, written into a growing buffer: a signature, then per row
 * the number of fields and each field as its length and bytes (-1 for null), then -1. Text is UTF-8
 * (NUL characters, which PostgreSQL refuses, are left out); dates count days and timestamps
 * microseconds from 2000-01-01.
 */
final class BinaryCopy {

  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
  private static final long EPOCH_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long EPOCH_MICROS = EPOCH_DAYS * 86_400_000_000L;

  private byte[] buf;
  private int size;

  BinaryCopy(int capacity) {
    buf = new byte[capacity];
  }

  /** The header of one COPY. */
  void start() {
    ensure(SIGNATURE.length + 8);
    System.arraycopy(SIGNATURE, 0, buf, size, SIGNATURE.length);
    size += SIGNATURE.length;
    int32(0);
    int32(0);
  }

  /** The trailer of one COPY. */
  void end() {
    int16(-1);
  }

  void tuple(int fields) {
    int16(fields);
  }

  void nullValue() {
    int32(-1);
  }

  void text(String s) {
    if (s == null) {
      nullValue();
      return;
    }
    int n = s.length();
    ensure(4 + 3 * n);
    int lengthAt = size;
    size += 4;
    byte[] b = buf;
    int p = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c != 0) {
          b[p++] = (byte) c;
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          b[p++] = (byte) (0xF0 | (cp >> 18));
          b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[p++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          b[p++] = '?';
        }
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = p;
    int length = p - lengthAt - 4;
    b[lengthAt] = (byte) (length >>> 24);
    b[lengthAt + 1] = (byte) (length >>> 16);
    b[lengthAt + 2] = (byte) (length >>> 8);
    b[lengthAt + 3] = (byte) length;
  }

  void date(LocalDate d) {
    if (d == null) {
      nullValue();
      return;
    }
    int32(4);
    int32((int) (d.toEpochDay() - EPOCH_DAYS));
  }

  void bool(boolean value) {
    int32(1);
    ensure(1);
    buf[size++] = (byte) (value ? 1 : 0);
  }

  /** A timestamp with time zone, given in microseconds since 1970-01-01 UTC. */
  void timestamp(long unixMicros) {
    int32(8);
    int64(unixMicros - EPOCH_MICROS);
  }

  void int8(long value) {
    int32(8);
    int64(value);
  }

  int size() {
    return size;
  }

  byte[] array() {
    return buf;
  }

  void clear() {
    size = 0;
  }

  /** Appends bytes as they are (tuples encoded elsewhere). */
  void bytes(byte[] from, int offset, int length) {
    ensure(length);
    System.arraycopy(from, offset, buf, size, length);
    size += length;
  }

  /** The length of the field that starts (with its length) at {@code at}; -1 for null. */
  static int length(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }

  /** Compares two non-null fields bytewise, unsigned (PostgreSQL's collate "C" on UTF-8). */
  static int compareField(byte[] b, int x, int y) {
    int lx = length(b, x);
    int ly = length(b, y);
    return Arrays.compareUnsigned(b, x + 4, x + 4 + lx, b, y + 4, y + 4 + ly);
  }

  /** Sends what has been written and empties the buffer. */
  void writeTo(CopyIn copy) throws SQLException {
    if (size > 0) {
      copy.writeToCopy(buf, 0, size);
      size = 0;
    }
  }

  private void int16(int v) {
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  private void int32(int v) {
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  private void int64(long v) {
    int32((int) (v >>> 32));
    int32((int) v);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }
}
