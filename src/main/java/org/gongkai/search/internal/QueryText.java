package org.gongkai.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, made safe: at most {@link #MAX_LENGTH} characters, split into terms
 * (separated by spaces) and phrases (in straight or Chinese double quotes). No other character has
 * a meaning: AND, OR, brackets, *, ~, : and backslashes are plain text.
 */
public record QueryText(String text, List<Part> parts) {

  /** Longer input is cut; nobody searches with more. */
  public static final int MAX_LENGTH = 200;

  /** At most this many terms and phrases are used. */
  public static final int MAX_PARTS = 12;

  /** One term or phrase. */
  public record Part(String text, boolean phrase) {}

  public static QueryText parse(String input) {
    if (input == null) {
      return new QueryText("", List.of());
    }
    String text = fold(input.strip());
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
      if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        text = text.substring(0, text.length() - 1);
      }
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inPhrase = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        add(parts, current, inPhrase);
        inPhrase = !inPhrase;
      } else if (!inPhrase && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        add(parts, current, false);
      } else {
        current.append(c);
      }
    }
    add(parts, current, inPhrase);
    if (parts.size() > MAX_PARTS) {
      parts = new ArrayList<>(parts.subList(0, MAX_PARTS));
    }
    return new QueryText(text, List.copyOf(parts));
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  private static void add(List<Part> parts, StringBuilder current, boolean phrase) {
    String s = current.toString().strip();
    current.setLength(0);
    if (s.isEmpty() || !hasLetterOrDigit(s)) {
      return;
    }
    parts.add(new Part(s, phrase));
  }

  static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Full-width ASCII to ASCII, ideographic space to space; keeps the length. */
  public static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
