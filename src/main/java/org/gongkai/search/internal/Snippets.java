package org.gongkai.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Highlighting for Chinese: marks every occurrence of the query's terms (whole terms first, then
 * its words) in the text, escapes the text for HTML and wraps the marks in {@code <em>}. Works on
 * characters, not on tokens, so overlapping bigrams never highlight a whole sentence.
 */
final class Snippets {

  static final int WINDOW = 110;

  private final List<String> terms;

  /** @param terms lower-cased, width-folded strings to mark; longer ones win */
  Snippets(Set<String> terms) {
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(terms));
    sorted.removeIf(String::isBlank);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.terms = sorted;
  }

  /** The whole text, escaped and highlighted. */
  String highlightAll(String text) {
    if (text == null) {
      return "";
    }
    return render(text, marks(text), 0, text.length());
  }

  /** The best passage of about {@link #WINDOW} characters; the beginning if nothing matches. */
  String snippet(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    boolean[] marked = marks(text);
    int bestStart = 0;
    int bestScore = -1;
    int[] prefix = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      prefix[i + 1] = prefix[i] + (marked[i] ? 1 : 0);
    }
    if (prefix[text.length()] > 0) {
      for (int i = 0; i < text.length(); i++) {
        if (marked[i] && (i == 0 || !marked[i - 1])) {
          int start = Math.max(0, i - 20);
          int end = Math.min(text.length(), start + WINDOW);
          int score = prefix[end] - prefix[start];
          if (score > bestScore) {
            bestScore = score;
            bestStart = start;
          }
        }
      }
    }
    int end = Math.min(text.length(), bestStart + WINDOW);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    if (bestStart > 0 && Character.isLowSurrogate(text.charAt(bestStart))) {
      bestStart++;
    }
    return (bestStart > 0 ? "…" : "") + render(text, marked, bestStart, end) + (end < text.length() ? "…" : "");
  }

  private boolean[] marks(String text) {
    String folded = fold(text);
    boolean[] marked = new boolean[text.length()];
    for (String term : terms) {
      int from = 0;
      int found;
      int guard = 0;
      while ((found = folded.indexOf(term, from)) >= 0 && guard++ < 1000) {
        for (int i = found; i < found + term.length(); i++) {
          marked[i] = true;
        }
        from = found + term.length();
      }
    }
    return marked;
  }

  private static String fold(String text) {
    char[] chars = QueryText.fold(text).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] < 0x80) {
        chars[i] = Character.toLowerCase(chars[i]);
      }
    }
    return new String(chars);
  }

  private static String render(String text, boolean[] marked, int start, int end) {
    StringBuilder out = new StringBuilder((end - start) + 32);
    boolean open = false;
    for (int i = start; i < end; i++) {
      if (marked[i] && !open) {
        out.append("<em>");
        open = true;
      } else if (!marked[i] && open) {
        out.append("</em>");
        open = false;
      }
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    if (open) {
      out.append("</em>");
    }
    return out.toString();
  }
}
