package org.gongkai.document;

import org.gongkai.document.internal.DocxRedactor;
import org.gongkai.document.internal.PdfRedactor;

/**
 * 区分处理: withholds parts of a document before it is disclosed. The withheld content is removed
 * from the output file, not merely covered: PDF pages are rebuilt as images with black boxes
 * marked 已删除 plus an invisible layer holding only the remaining text; in Word files the text is
 * replaced by ■■■ in the body, tables, headers, footers, foot- and endnotes, and comments, tracked
 * deletions and identifying document properties are removed.
 */
public final class Redaction {

  /** The mark that replaces withheld text in Word files. */
  public static final String DOCX_MARK = "■■■";

  /** The label printed on the black boxes in PDF files. */
  public static final String PDF_LABEL = "已删除";

  private Redaction() {}

  /**
   * Redacts a PDF file.
   *
   * @throws DocumentException if the file is not a readable, unencrypted PDF
   */
  public static RedactionResult redactPdf(byte[] pdf, RedactionSpec spec) {
    return PdfRedactor.redact(pdf, spec, 150);
  }

  /** Redacts a PDF file, rendering the rebuilt pages at {@code dpi} (72–300). */
  public static RedactionResult redactPdf(byte[] pdf, RedactionSpec spec, int dpi) {
    return PdfRedactor.redact(pdf, spec, Math.max(72, Math.min(300, dpi)));
  }

  /**
   * Redacts a Word (.docx) file. Regions of the spec do not apply.
   *
   * @throws DocumentException if the file is not a readable .docx file
   */
  public static RedactionResult redactDocx(byte[] docx, RedactionSpec spec) {
    return DocxRedactor.redact(docx, spec);
  }

  /** Redacts a PDF or Word file, chosen by its content. */
  public static RedactionResult redact(byte[] content, RedactionSpec spec) {
    return switch (ContentType.detect(content)) {
      case PDF -> redactPdf(content, spec);
      case DOCX -> redactDocx(content, spec);
      default -> throw new DocumentException("区分处理仅支持 PDF 和 Word（.docx）文件。");
    };
  }
}
