package org.gongkai.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.catalog.Art20Category;
import org.gongkai.catalog.ItemKind;
import org.gongkai.catalog.ItemState;
import org.gongkai.catalog.Validity;

/** One item of government information as stored (a read model; changed only through {@link Publication}). */
public record CatalogItem(
    long id,
    String agencyCode,
    String agencyName,
    String agencyPath,
    String indexNumber,
    String title,
    String documentNumber,
    LocalDate writtenOn,
    LocalDate publishedOn,
    Instant publishedAt,
    Instant scheduledAt,
    String subjectCode,
    String subjectLabel,
    String genreCode,
    String genreLabel,
    ItemKind kind,
    Art20Category category,
    String body,
    String bodyText,
    ItemState state,
    Validity validity,
    LocalDate endedOn,
    boolean needsInterpretation,
    Long interpretsId,
    String withdrawnReason,
    Instant withdrawnAt,
    String sourceId,
    String createdBy,
    Instant updatedAt,
    int version) {

  /** Whether the public may see the item page (published, or withdrawn with its notice). */
  public boolean isPublic() {
    return state == ItemState.PUBLISHED || state == ItemState.WITHDRAWN;
  }

  public boolean isPublished() {
    return state == ItemState.PUBLISHED;
  }

  /** 公开方式. */
  public String disclosureMode() {
    return "主动公开";
  }

  public String validityLabel() {
    return validity == null ? "" : validity.label();
  }
}
