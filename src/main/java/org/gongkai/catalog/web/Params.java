package org.gongkai.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lenient reading of query parameters: a bad value is ignored, never an error page. */
final class Params {

  private Params() {}

  static int page(Map<String, String> params) {
    String p = params.get("page");
    if (p == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(p.strip());
      return Math.max(0, Math.min(n, 100_000));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String text(Map<String, String> params, String name, int max) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  static LocalDate date(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The URL with the parameters (blank ones left out) and the page. */
  static String url(String base, Map<String, String> params, Integer page) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("page");
    if (page != null && page > 0) {
      p.put("page", String.valueOf(page));
    }
    StringBuilder b = new StringBuilder(base);
    char sep = '?';
    for (Map.Entry<String, String> e : p.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        continue;
      }
      b.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }
}
