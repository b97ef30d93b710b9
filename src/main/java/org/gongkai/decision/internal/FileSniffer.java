package org.gongkai.decision.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What the first bytes of an upload say about it: its real type and, for text, its encoding. */
final class FileSniffer {

  static final Charset GBK = Charset.forName("GB18030");

  private FileSniffer() {}

  static boolean isZip(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  static boolean isOle(byte[] head, int n) {
    return n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
  }

  static boolean isPdf(byte[] head, int n) {
    return n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
  }

  /** Fails unless the first bytes can be text of a CSV file. */
  static void requireText(byte[] head, int n, String expected) {
    if (isZip(head, n)) {
      throw new ImportFailure("文件内容是 XLSX（或其他压缩）格式，与 ." + expected + " 扩展名不符；请上传扩展名正确的文件");
    }
    if (isOle(head, n)) {
      throw new ImportFailure("文件是旧版 Excel（.xls）或 Word 格式，不支持；请另存为 .xlsx 或 CSV 后上传");
    }
    if (isPdf(head, n)) {
      throw new ImportFailure("文件内容是 PDF，与 ." + expected + " 扩展名不符；请上传 CSV 或 XLSX 文件");
    }
    if (n >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
      throw new ImportFailure("文件是 UTF-16（Unicode 文本）编码，不支持；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 GBK 编码的 CSV");
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw new ImportFailure("文件含有二进制内容，不是文本格式的 CSV 文件；请检查文件类型");
      }
    }
  }

  /**
   * UTF-8 if the bytes decode as UTF-8 (a BOM or a sequence cut at the end of the sample is fine),
   * else GBK (GB18030) if they decode as that; otherwise a clear failure.
   */
  static Charset detectCharset(byte[] head, int n, boolean complete) {
    if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    int end = n;
    if (!complete) {
      // do not let a multi-byte character cut at the end of the sample decide
      int back = 0;
      while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
        end--;
        back++;
      }
      if (end > 0 && (head[end - 1] & 0x80) != 0) {
        end--;
      }
    }
    if (decodes(StandardCharsets.UTF_8, head, end)) {
      return StandardCharsets.UTF_8;
    }
    int gbEnd = n;
    if (!complete && gbEnd > 0 && (head[gbEnd - 1] & 0x80) != 0) {
      gbEnd--;
    }
    if (decodes(GBK, head, gbEnd)) {
      return GBK;
    }
    throw new ImportFailure("无法识别文件的字符编码（既不是 UTF-8 也不是 GBK）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新上传");
  }

  private static boolean decodes(Charset charset, byte[] bytes, int n) {
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, n));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
