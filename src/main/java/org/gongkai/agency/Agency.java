package org.gongkai.agency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 行政机关 with the fields of its public 机构信息 page.
 *
 * @param path materialised path of codes from the root, e.g. {@code /500000/500101/}
 * @param organisationCode 组织机构代码, the first part of the 索引号 of its published information
 * @param functions 机构职能
 * @param structure 机构设置
 * @param head 负责人
 * @param version optimistic-lock version: an edit based on an older version is refused
 */
public record Agency(
    long id,
    String code,
    String name,
    String shortName,
    AgencyKind kind,
    AgencyLevel level,
    String parentCode,
    String path,
    int sortOrder,
    String organisationCode,
    String functions,
    String structure,
    String head,
    String address,
    String officeHours,
    String phone,
    String fax,
    String email,
    String website,
    DisclosureOffice disclosureOffice,
    boolean acceptsRequests,
    LocalDate establishedOn,
    int version,
    Instant updatedAt) {

  /** Whether this agency is {@code other} or lies below it. */
  public boolean isWithin(Agency other) {
    return path.startsWith(other.path());
  }

  /** The name to show in lists: the short name if there is one. */
  public String displayName() {
    return shortName == null || shortName.isBlank() ? name : shortName;
  }

  public int depth() {
    return (int) path.chars().filter(c -> c == '/').count() - 1;
  }
}
