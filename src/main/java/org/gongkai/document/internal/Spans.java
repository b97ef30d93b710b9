package org.gongkai.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongkai.document.PersonalDataFinding;
import org.gongkai.document.PersonalDataKind;
import org.gongkai.document.PersonalDataScanner;
import org.gongkai.document.RedactionLogEntry;

/** Finds the character ranges of a text to withhold. */
public final class Spans {

  /** A range {@code [start, end)} of the scanned text and what it is. */
  public record Span(int start, int end, String kind) {}

  private Spans() {}

  /**
   * Personal data of the given kinds plus every occurrence of the literals, non-overlapping (the
   * earlier, then longer, span wins), ordered by position. White space inside the text is skipped
   * when looking for literals, so a name broken over two lines is still found.
   */
  public static List<Span> find(String text, Set<PersonalDataKind> kinds, List<String> literals) {
    List<Span> all = new ArrayList<>();
    // The text without white space, and where each of its characters came from: a number or a
    // name broken over two lines of a PDF is still found.
    StringBuilder compact = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        compact.append(text.charAt(i));
        origin.add(i);
      }
    }
    String haystack = compact.toString();
    if (!kinds.isEmpty()) {
      for (PersonalDataFinding f : PersonalDataScanner.scan(text)) {
        if (kinds.contains(f.kind())) {
          all.add(new Span(f.start(), f.end(), f.kind().label()));
        }
      }
      if (haystack.length() != text.length()) {
        for (PersonalDataFinding f : PersonalDataScanner.scan(haystack)) {
          if (kinds.contains(f.kind())) {
            all.add(new Span(origin.get(f.start()), origin.get(f.end() - 1) + 1, f.kind().label()));
          }
        }
      }
    }
    for (String literal : literals) {
      String needle = literal.replaceAll("\\s+", "");
      if (needle.isEmpty()) {
        continue;
      }
      int from = 0;
      int at;
      while ((at = haystack.indexOf(needle, from)) >= 0) {
        all.add(new Span(origin.get(at), origin.get(at + needle.length() - 1) + 1, RedactionLogEntry.LITERAL));
        from = at + needle.length();
      }
    }
    all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> result = new ArrayList<>();
    int covered = -1;
    for (Span span : all) {
      if (span.start() >= covered) {
        result.add(span);
        covered = span.end();
      } else if (span.end() > covered) {
        // overlapping: extend the previous span so that nothing of either is left
        Span last = result.remove(result.size() - 1);
        result.add(new Span(last.start(), span.end(), last.kind()));
        covered = span.end();
      }
    }
    return result;
  }
}
