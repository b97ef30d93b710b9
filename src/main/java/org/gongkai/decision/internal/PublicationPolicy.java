package org.gongkai.decision.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.decision.PowerItemKind;

/**
 * How long a decision stays in the public list, per kind ({@code
 * gongkai.decisions.publication-days.penalty=1095}; 0 means permanently, the default for 行政许可).
 * A decision whose period has ended is withdrawn from the list but stays on record and is still
 * counted in the report of its year.
 */
public final class PublicationPolicy {

  private final Map<PowerItemKind, Integer> days;

  public PublicationPolicy(Map<PowerItemKind, Integer> days) {
    this.days = new EnumMap<>(PowerItemKind.class);
    this.days.putAll(days);
  }

  /** The defaults: 行政许可 and 其他对外管理服务事项 permanently, 行政处罚 and 行政强制 three years. */
  public static PublicationPolicy defaults() {
    return new PublicationPolicy(Map.of(PowerItemKind.PENALTY, 1095, PowerItemKind.COERCION, 1095));
  }

  /** The last day of publication, or null for permanent publication. */
  public LocalDate until(PowerItemKind kind, LocalDate decided) {
    int d = days.getOrDefault(kind, 0);
    return d <= 0 ? null : decided.plusDays(d);
  }

  public int days(PowerItemKind kind) {
    return days.getOrDefault(kind, 0);
  }

  /** The property key suffix of a kind: {@code other-management-service}. */
  public static String propertyKey(PowerItemKind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }
}
