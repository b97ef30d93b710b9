package org.gongkai.request;

import java.util.Set;
import org.gongkai.document.ContentType;

/**
 * The attachment whitelist, checked by content (magic bytes, ZIP entries), never by file name: PDF,
 * JPEG, PNG and DOCX.
 */
final class FileTypes {

  static final Set<ContentType> ALLOWED = Set.of(ContentType.PDF, ContentType.JPEG, ContentType.PNG, ContentType.DOCX);

  private FileTypes() {}

  /** The MIME type of an allowed file, or null when the content is none of them. */
  static String detect(byte[] content) {
    ContentType type = ContentType.detect(content);
    return ALLOWED.contains(type) ? type.mediaType() : null;
  }
}
