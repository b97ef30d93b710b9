package org.gongkai.report.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report in the JSON schema of {@code annual-report-json.md}, as nested maps for Jackson. */
public final class ReportJson {

  private ReportJson() {}

  public static Map<String, Object> of(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", report.format().key());
    root.put("year", report.year());
    Map<String, Object> agency = new LinkedHashMap<>();
    agency.put("code", report.agencyCode());
    agency.put("name", report.agencyName());
    root.put("agency", agency);
    root.put("scope", report.scope());
    root.put("proactive", new LinkedHashMap<String, Object>());
    root.put("requests", new LinkedHashMap<String, Object>());
    root.put("appeals", new LinkedHashMap<String, Object>());
    for (Map.Entry<String, Number> cell : report.cells().entrySet()) {
      put(root, cell.getKey(), cell.getValue());
    }
    List<Map<String, Object>> violations = new ArrayList<>();
    for (Violation v : report.violations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", v.rule());
      m.put("cells", v.cells());
      m.put("expected", v.expected());
      m.put("found", v.found());
      m.put("message", v.message());
      violations.add(m);
    }
    root.put("violations", violations);
    List<Map<String, Object>> warnings = new ArrayList<>();
    for (CellWarning w : report.warnings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cell", w.cell());
      m.put("message", w.message());
      warnings.add(m);
    }
    root.put("warnings", warnings);
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String key, Number value) {
    String[] parts = key.split("\\.");
    Map<String, Object> at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
    }
    at.put(parts[parts.length - 1], value);
  }
}
