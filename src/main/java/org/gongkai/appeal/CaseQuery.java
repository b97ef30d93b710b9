package org.gongkai.appeal;

/**
 * A filter over the case register; every part is optional. {@code page} counts from 0.
 *
 * @param agencyCode the agency whose subtree the respondents must lie in
 * @param year the year the case was received (收到申请 / 立案)
 */
public record CaseQuery(CaseCategory category, String agencyCode, Integer year, CaseResult result, int page, int size) {
  public CaseQuery {
    page = Math.max(0, page);
    size = size <= 0 || size > 200 ? 50 : size;
  }
}
