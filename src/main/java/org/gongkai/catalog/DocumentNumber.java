package org.gongkai.catalog;

/**
 * 文号, e.g. {@code 渝府发〔2020〕12号}, as written, with a key for matching that does not care
 * whether the year was put in 〔〕, [], ［］, 【】 or () and whether digits are full-width.
 */
public record DocumentNumber(String text) {

  public static final int MAX_LENGTH = 100;

  public DocumentNumber {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("文号不能为空");
    }
    text = text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("文号不能超过" + MAX_LENGTH + "个字符");
    }
  }

  /** The matching key: brackets as 〔〕, digits and letters half-width, no spaces. */
  public String key() {
    return normalise(text);
  }

  /** Normalises any 文号-like text the same way (for search input). */
  public static String normalise(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) (c - '０' + '0');
      } else if (c >= 'Ａ' && c <= 'Ｚ') {
        c = (char) (c - 'Ａ' + 'A');
      } else if (c >= 'ａ' && c <= 'ｚ') {
        c = (char) (c - 'ａ' + 'a');
      }
      switch (c) {
        case '[', '［', '【', '(', '（', '〖', '{' -> b.append('〔');
        case ']', '］', '】', ')', '）', '〗', '}' -> b.append('〕');
        case ' ', '\u3000', '\t' -> { }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
