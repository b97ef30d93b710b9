package org.gongkai.report.export;

import org.gongkai.document.Pdf;
import org.gongkai.report.model.Report;

/**
 * The report as PDF, rendered by the document module ({@link Pdf}: openhtmltopdf with the WenQuanYi
 * Zen Hei font embedded) from the same XHTML as the portal page.
 */
public final class ReportPdf {

  private ReportPdf() {}

  public static byte[] of(Report report, Narrative narrative) {
    return Pdf.fromHtml(ReportHtml.document(report, narrative), ReportHtml.title(report));
  }
}
