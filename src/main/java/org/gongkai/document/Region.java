package org.gongkai.document;

/**
 * A rectangle on a PDF page to withhold, in PDF points (1/72 inch) measured from the page's
 * top-left corner.
 *
 * @param page 1-based page number
 */
public record Region(int page, float x, float y, float width, float height) {

  public Region {
    if (page < 1) {
      throw new IllegalArgumentException("页码从 1 开始：" + page);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("区域的宽和高必须大于 0");
    }
  }

  /** Whether the point (top-left based) lies in this region. */
  public boolean contains(float px, float py) {
    return px >= x && px <= x + width && py >= y && py <= y + height;
  }
}
