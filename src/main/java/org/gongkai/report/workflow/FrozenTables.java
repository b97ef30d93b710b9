package org.gongkai.report.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Layout;
import org.gongkai.report.model.Report;
import org.gongkai.report.model.ReportJson;
import tools.jackson.databind.json.JsonMapper;

/** The tables of a published report, kept as the JSON of the API and read back unchanged. */
public final class FrozenTables {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FrozenTables() {}

  public static String freeze(Report report) {
    return JSON.writeValueAsString(ReportJson.of(report));
  }

  @SuppressWarnings("unchecked")
  public static Report thaw(String json) {
    Map<String, Object> root = JSON.readValue(json, LinkedHashMap.class);
    ReportFormat format = ReportFormat.fromKey((String) root.get("format"));
    Map<String, Object> agency = (Map<String, Object>) root.get("agency");
    Report report = new Report(format, ((Number) root.get("year")).intValue(), (String) agency.get("code"),
        (String) agency.get("name"), (String) root.get("scope"));
    for (String key : Layout.cellKeys(format)) {
      Object at = root;
      for (String part : key.split("\\.")) {
        at = at instanceof Map<?, ?> m ? m.get(part) : null;
      }
      if (at instanceof Number n) {
        report.set(key, n);
      }
    }
    return report;
  }
}
