package org.gongkai.document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to withhold (区分处理): kinds of personal data found by {@link PersonalDataScanner}, literal
 * texts (names, phrases; matched exactly, ignoring white space and line breaks in PDF), and for
 * PDF files rectangular regions. {@code reason} is the legal ground written into the log, e.g.
 * 涉及个人隐私（《政府信息公开条例》第十五条）.
 */
public record RedactionSpec(
    Set<PersonalDataKind> patterns, List<String> literals, List<Region> regions, String reason) {

  /** The default reason when none is given. */
  public static final String DEFAULT_REASON = "涉及个人隐私，依据《中华人民共和国政府信息公开条例》第十五条不予公开";

  public RedactionSpec {
    patterns = patterns == null || patterns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(patterns));
    literals =
        literals == null
            ? List.of()
            : literals.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    regions = regions == null ? List.of() : List.copyOf(regions);
    reason = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
  }

  /** Withhold every kind of personal data the scanner knows. */
  public static RedactionSpec allPersonalData(String reason) {
    return new RedactionSpec(EnumSet.allOf(PersonalDataKind.class), List.of(), List.of(), reason);
  }

  /** Withhold these literal texts. */
  public static RedactionSpec literals(List<String> literals, String reason) {
    return new RedactionSpec(Set.of(), literals, List.of(), reason);
  }

  /** A copy that also withholds these literal texts. */
  public RedactionSpec withLiterals(List<String> more) {
    List<String> all = new java.util.ArrayList<>(literals);
    all.addAll(more);
    return new RedactionSpec(patterns, all, regions, reason);
  }

  /** A copy that also withholds these regions. */
  public RedactionSpec withRegions(List<Region> more) {
    List<Region> all = new java.util.ArrayList<>(regions);
    all.addAll(more);
    return new RedactionSpec(patterns, literals, all, reason);
  }

  /** Whether nothing would be withheld. */
  public boolean isEmpty() {
    return patterns.isEmpty() && literals.isEmpty() && regions.isEmpty();
  }
}
