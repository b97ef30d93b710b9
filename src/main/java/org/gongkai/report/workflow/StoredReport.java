package org.gongkai.report.workflow;

import java.time.Instant;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportStatus;

/**
 * One version of an agency's annual report as stored: the narrative written by the office, and
 * once published the frozen tables.
 *
 * @param version the published version: 1, then 2, 3 … for corrections
 * @param lockVersion optimistic lock: an edit based on an older state is refused
 */
public record StoredReport(
    long id,
    String agencyCode,
    int year,
    int version,
    ReportFormat format,
    String scope,
    ReportStatus status,
    String overview,
    String problems,
    String otherMatters,
    String tablesJson,
    String correctionNote,
    int lockVersion,
    Instant submittedAt,
    String submittedBy,
    Instant publishedAt,
    String publishedBy) {

  public boolean isDraft() {
    return status == ReportStatus.DRAFT;
  }

  public boolean isSubmitted() {
    return status == ReportStatus.SUBMITTED;
  }

  public boolean isPublished() {
    return status == ReportStatus.PUBLISHED;
  }
}
