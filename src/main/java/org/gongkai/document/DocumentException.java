package org.gongkai.document;

/** A document could not be read or produced; the message is Chinese and safe to show to users. */
public class DocumentException extends RuntimeException {

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
