package org.gongkai.portal;

/**
 * The four sections of every agency's 政府信息公开 column: the same names, order and place for
 * every agency.
 */
public enum DisclosureSection {
  /** 政府信息公开指南. */
  GUIDE("guide", "政府信息公开指南"),
  /** 政府信息公开制度. */
  SYSTEM("system", "政府信息公开制度"),
  /** 法定主动公开内容. */
  STATUTORY("statutory", "法定主动公开内容"),
  /** 政府信息公开年报. */
  ANNUAL_REPORTS("annual-reports", "政府信息公开年报");

  private final String slug;
  private final String label;

  DisclosureSection(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  public static DisclosureSection fromSlug(String slug) {
    for (DisclosureSection s : values()) {
      if (s.slug.equals(slug)) {
        return s;
      }
    }
    return null;
  }
}
