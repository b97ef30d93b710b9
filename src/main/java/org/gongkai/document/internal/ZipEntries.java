package org.gongkai.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.gongkai.document.DocumentException;

/** Bounded, allocation-light looks into ZIP containers (OOXML files are ZIP files). */
public final class ZipEntries {

  /** What an OOXML package holds, as far as we care. */
  public enum Kind {
    WORD,
    EXCEL,
    OTHER
  }

  private static final int MAX_NAMES = 20_000;
  private static final int EOCD = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;

  private ZipEntries() {}

  /**
   * Tells a Word or Excel package from other ZIP files by its entry names: from the central
   * directory when the whole file is given, else from the local headers present in the head.
   */
  public static Kind officeKind(byte[] data) {
    Kind[] found = {Kind.OTHER};
    Predicate<String> visitor =
        name -> {
          if (name.equals("word/document.xml")) {
            found[0] = Kind.WORD;
            return false;
          }
          if (name.equals("xl/workbook.xml")) {
            found[0] = Kind.EXCEL;
            return false;
          }
          return true;
        };
    if (!visitCentralDirectory(data, visitor)) {
      visitLocalHeaders(data, visitor);
    }
    return found[0];
  }

  /** Whether the entry names of a (complete) ZIP file include {@code name}. */
  public static boolean hasEntry(byte[] data, String name) {
    boolean[] found = {false};
    Predicate<String> visitor =
        n -> {
          found[0] = n.equals(name);
          return !found[0];
        };
    if (!visitCentralDirectory(data, visitor)) {
      visitLocalHeaders(data, visitor);
    }
    return found[0];
  }

  private static boolean visitCentralDirectory(byte[] d, Predicate<String> visitor) {
    int min = Math.max(0, d.length - 22 - 65_535);
    for (int i = d.length - 22; i >= min; i--) {
      if (int32(d, i) != EOCD) {
        continue;
      }
      long entries = int16(d, i + 10);
      long offset = int32(d, i + 16) & 0xFFFFFFFFL;
      if (offset >= d.length) {
        return false;
      }
      int p = (int) offset;
      for (long n = 0; n < Math.min(entries, MAX_NAMES); n++) {
        if (p + 46 > d.length || int32(d, p) != CENTRAL) {
          return n > 0;
        }
        int nameLength = int16(d, p + 28);
        int extra = int16(d, p + 30);
        int comment = int16(d, p + 32);
        if (p + 46 + nameLength > d.length) {
          return true;
        }
        String name = new String(d, p + 46, nameLength, StandardCharsets.UTF_8);
        if (!visitor.test(name)) {
          return true;
        }
        p += 46 + nameLength + extra + comment;
      }
      return true;
    }
    return false;
  }

  private static void visitLocalHeaders(byte[] d, Predicate<String> visitor) {
    int seen = 0;
    for (int i = 0; i + 30 <= d.length && seen < MAX_NAMES; i++) {
      if (d[i] != 'P' || int32(d, i) != LOCAL) {
        continue;
      }
      seen++;
      int nameLength = int16(d, i + 26);
      if (nameLength == 0 || nameLength > 1024 || i + 30 + nameLength > d.length) {
        continue;
      }
      if (!visitor.test(new String(d, i + 30, nameLength, StandardCharsets.UTF_8))) {
        return;
      }
    }
  }

  /**
   * Refuses ZIP bombs: inflates every entry (without keeping it) and fails once more than {@code
   * maxEntries} entries or more than {@code maxTotalBytes} uncompressed bytes are seen. Trusts no
   * size stated in the headers.
   */
  public static void requireBounded(byte[] zip, long maxTotalBytes, int maxEntries) {
    try (ZipFile file =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      long total = 0;
      int count = 0;
      byte[] buffer = new byte[64 * 1024];
      Enumeration<ZipArchiveEntry> entries = file.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        if (++count > maxEntries) {
          throw new DocumentException("压缩包内文件过多（超过 " + maxEntries + " 个），拒绝处理。");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!file.canReadEntryData(entry)) {
          throw new DocumentException("文件使用了不支持的压缩或加密方式，无法读取。");
        }
        try (InputStream in = file.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxTotalBytes) {
              throw new DocumentException(
                  "文件解压后超过 " + (maxTotalBytes / (1024 * 1024)) + " MB，疑似压缩炸弹，拒绝处理。");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException de) {
        throw de;
      }
      throw new DocumentException("文件已损坏或不是有效的压缩格式，无法读取。", e);
    }
  }

  private static int int32(byte[] d, int i) {
    if (i < 0 || i + 4 > d.length) {
      return 0;
    }
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16 | (d[i + 3] & 0xFF) << 24;
  }

  private static int int16(byte[] d, int i) {
    if (i < 0 || i + 2 > d.length) {
      return 0;
    }
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8;
  }
}
