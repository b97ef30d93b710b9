package org.gongkai.report.compare;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.report.model.Report;

/**
 * The key figures of one report (an agency or an area, one year), read from its cells by
 * {@link Measure}. Counts add up over agencies; rates are computed from the added counts.
 */
public final class KeyFigures {

  private final Map<Measure, Long> counts;

  private KeyFigures(Map<Measure, Long> counts) {
    this.counts = counts;
  }

  /** The key figures of a compiled or published report. */
  public static KeyFigures of(Report report) {
    Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (!m.isRate()) {
        counts.put(m, m.countIn(report));
      }
    }
    return new KeyFigures(counts);
  }

  /** The counts added up cell by cell (a count blank in every part stays blank). */
  public static KeyFigures sum(Collection<KeyFigures> parts) {
    Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      if (!m.isRate()) {
        Long total = null;
        for (KeyFigures part : parts) {
          total = Measure.add(total, part.counts.get(m));
        }
        counts.put(m, total);
      }
    }
    return new KeyFigures(counts);
  }

  /**
   * The figure: a count as {@link Long}, a rate as a percentage rounded to one decimal
   * ({@link Double}, e.g. 23.5 for 23.5%); null when blank, or for a rate over nothing.
   */
  public Number value(Measure m) {
    if (!m.isRate()) {
      return counts.get(m);
    }
    Long part = counts.get(m.numerator());
    Long whole = counts.get(m.denominator());
    if (part == null || whole == null || whole == 0) {
      return null;
    }
    return Math.round(part * 1000.0 / whole) / 10.0;
  }

  /** The count, or 0 when blank (for charts and sorting). */
  public long count(Measure m) {
    Number n = value(m);
    return n == null ? 0 : n.longValue();
  }

  /** The figure as a double for sorting and charts, or null. */
  public Double number(Measure m) {
    Number n = value(m);
    return n == null ? null : n.doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyFigures k && k.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
