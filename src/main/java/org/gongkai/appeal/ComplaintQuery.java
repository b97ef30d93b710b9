package org.gongkai.appeal;

/**
 * A filter over the complaint register; every part is optional. {@code page} counts from 0.
 *
 * @param agencyCode the agency whose subtree the agencies complained about must lie in
 * @param year the year the complaint was received
 */
public record ComplaintQuery(String agencyCode, Integer year, ComplaintState state, int page, int size) {
  public ComplaintQuery {
    page = Math.max(0, page);
    size = size <= 0 || size > 200 ? 50 : size;
  }
}
