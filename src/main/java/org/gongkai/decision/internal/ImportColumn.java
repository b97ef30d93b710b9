package org.gongkai.decision.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of a decision import, with the header names the business systems use for them. */
public enum ImportColumn {
  AGENCY("机构代码", "agency", "agency_code", "agencyCode", "决定机关代码", "处罚机关代码", "许可机关代码"),
  KIND("决定类别", "kind", "类别", "事项类别", "决定类型"),
  NUMBER("决定文书号", "decision_number", "decisionNumber", "number", "文书号", "决定书文号", "行政许可决定书文号", "行政处罚决定书文号", "行政决定文书号"),
  DATE("决定日期", "decision_date", "decisionDate", "date", "作出决定日期", "许可决定日期", "处罚决定日期"),
  PARTY_NAME("相对人名称", "party_name", "partyName", "party", "行政相对人名称"),
  PARTY_TYPE("相对人类别", "party_type", "partyType", "行政相对人类别"),
  PARTY_ID("证件号码", "party_id", "partyId", "统一社会信用代码", "身份证号码", "统一社会信用代码或身份证号码", "证件号"),
  SUMMARY("决定内容", "summary", "content", "内容", "处罚内容", "许可内容", "违法事实"),
  LEGAL_BASIS("依据", "legal_basis", "legalBasis", "法律依据", "处罚依据", "许可依据", "设定依据"),
  ADDRESS("相对人地址", "address", "地址", "住所"),
  PUBLISH_UNTIL("公示截止日期", "publish_until", "publishUntil", "公示截止期");

  private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();

  static {
    for (ImportColumn c : values()) {
      for (String n : c.names) {
        BY_NAME.put(normalise(n), c);
      }
    }
  }

  private final String label;
  private final List<String> names;

  ImportColumn(String label, String... aliases) {
    this.label = label;
    this.names = new java.util.ArrayList<>(List.of(aliases));
    this.names.add(label);
  }

  /** The Chinese header of the import template. */
  public String label() {
    return label;
  }

  /** The column a header names, or null. */
  public static ImportColumn of(String header) {
    return header == null ? null : BY_NAME.get(normalise(header));
  }

  private static String normalise(String s) {
    String t = s.strip();
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1).strip();
    }
    t = t.replace("*", "").replace("（必填）", "").replace("(必填)", "");
    return t.toLowerCase(Locale.ROOT);
  }
}
