package org.gongkai.search.internal;

/**
 * 文号 in one spelling: every kind of bracket around the year becomes 〔〕, full-width digits and
 * letters become ASCII, spaces go. So 渝府发〔2020〕12号, 渝府发[2020]12号 and 渝府发［２０２０］１２号 are
 * the same number.
 */
public final class DocumentNumbers {

  private DocumentNumbers() {}

  public static String normalise(String number) {
    if (number == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      switch (c) {
        case '[', '(', '{', '【', '〖', '「', '『', '（', '〔', '［', '<', '《', '〈' -> out.append('〔');
        case ']', ')', '}', '】', '〗', '」', '』', '）', '〕', '］', '>', '》', '〉' -> out.append('〕');
        default -> {
          if (!Character.isWhitespace(c) && c != '\u3000') {
            out.append(Character.toLowerCase(c));
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether the text looks like a complete 文号 (e.g. 渝府发〔2020〕12号). */
  public static boolean looksLikeNumber(String text) {
    return normalise(text).matches("[\\p{IsHan}a-z]{1,20}〔(19|20)\\d\\d〕第?\\d{1,5}号");
  }
}
