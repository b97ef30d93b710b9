package org.gongkai.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment whitelist, checked by content (magic bytes), never by file name: PDF, JPEG, PNG and
 * DOCX. Kept here until the document module's {@code ContentType.detect} is available.
 */
final class FileTypes {

  private FileTypes() {}

  /** The MIME type of an allowed file, or null when the content is none of them. */
  static String detect(byte[] b) {
    if (b == null || b.length < 8) {
      return null;
    }
    if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return "application/pdf";
    }
    if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
        && b[6] == 0x1A && b[7] == 0x0A) {
      return "image/png";
    }
    if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4 && isDocx(b)) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return null;
  }

  private static boolean isDocx(byte[] b) {
    boolean types = false;
    boolean document = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
      ZipEntry e;
      int n = 0;
      while ((e = zip.getNextEntry()) != null && n++ < 2000) {
        types |= e.getName().equals("[Content_Types].xml");
        document |= e.getName().equals("word/document.xml");
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return types && document;
  }
}
