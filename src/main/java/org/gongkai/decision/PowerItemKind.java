package org.gongkai.decision;

/**
 * The kind of an item of a power or service list (权力清单 / 公共服务事项清单), and of a decision
 * taken under it.
 */
public enum PowerItemKind {
  /** 行政许可. */
  LICENSING("行政许可", "administrativeLicensing", true),
  /** 行政处罚. */
  PENALTY("行政处罚", "administrativePenalty", true),
  /** 行政强制. */
  COERCION("行政强制", "administrativeCoercion", true),
  /** 行政征收. */
  LEVY("行政征收", null, false),
  /** 行政事业性收费. */
  FEE("行政事业性收费", "administrativeFees", false),
  /** 行政确认. */
  CONFIRMATION("行政确认", null, false),
  /** 行政奖励. */
  AWARD("行政奖励", null, false),
  /** 行政检查. */
  INSPECTION("行政检查", null, false),
  /** 行政裁决. */
  ADJUDICATION("行政裁决", null, false),
  /** 其他行政权力. */
  OTHER_POWER("其他行政权力", null, false),
  /** 其他对外管理服务事项. */
  OTHER_MANAGEMENT_SERVICE("其他对外管理服务事项", "otherManagementServices", true),
  /** 公共服务事项. */
  PUBLIC_SERVICE("公共服务事项", null, false);

  private final String label;
  private final String reportKey;
  private final boolean hasDecisions;

  PowerItemKind(String label, String reportKey, boolean hasDecisions) {
    this.label = label;
    this.reportKey = reportKey;
    this.hasDecisions = hasDecisions;
  }

  public String label() {
    return label;
  }

  /** The row of section 二 of the annual report this kind is counted in, or null. */
  public String reportKey() {
    return reportKey;
  }

  /** Whether decisions of this kind are published one by one (双公示) and counted in the report. */
  public boolean hasDecisions() {
    return hasDecisions;
  }

  /** The kind named by its Chinese label or its constant name; null if none. */
  public static PowerItemKind parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    PowerItemKind kind = BY_NAME.get(t);
    return kind != null ? kind : BY_NAME.get(t.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Labels, constant names and the short forms business systems write, to the kind: an import looks
   * up every row's kind here.
   */
  private static final java.util.Map<String, PowerItemKind> BY_NAME = byName();

  private static java.util.Map<String, PowerItemKind> byName() {
    java.util.Map<String, PowerItemKind> names = new java.util.HashMap<>();
    for (PowerItemKind k : values()) {
      names.put(k.name(), k);
      names.putIfAbsent(k.label, k);
    }
    names.put("其他对外管理服务", OTHER_MANAGEMENT_SERVICE);
    names.put("其他管理服务事项", OTHER_MANAGEMENT_SERVICE);
    names.put("许可", LICENSING);
    names.put("处罚", PENALTY);
    names.put("强制", COERCION);
    return java.util.Map.copyOf(names);
  }
}
