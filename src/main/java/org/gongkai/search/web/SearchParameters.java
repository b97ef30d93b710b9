package org.gongkai.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.agency.Agencies;
import org.gongkai.search.SearchQuery;
import org.gongkai.shared.InvalidInputException.FieldProblem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search parameters as the browser sent them (all strings, so that no input fails binding),
 * checked into a {@link SearchQuery}. The page drops a bad filter and says so; the API answers 400.
 */
public record SearchParameters(
    String q,
    String agency,
    String category,
    String subject,
    String genre,
    String from,
    String to,
    String validity,
    String docno,
    String sort,
    String page,
    String size) {

  static final Map<String, String> VALIDITY = Map.of("IN_FORCE", "有效", "EXPIRED", "失效", "REPEALED", "废止", "AMENDED", "已修改");

  /** The query, and what was wrong with the parameters (bad values are left out of the query). */
  record Checked(SearchQuery query, List<FieldProblem> problems) {}

  Checked check(Agencies agencies, int defaultSize, boolean facets) {
    List<FieldProblem> problems = new ArrayList<>();
    String agencyCode = blankToNull(agency);
    if (agencyCode != null && (agencyCode.length() > 30 || agencies.find(agencyCode).isEmpty())) {
      problems.add(new FieldProblem("agency", "机构代码不存在"));
      agencyCode = null;
    }
    LocalDate fromDate = date("from", from, problems);
    LocalDate toDate = date("to", to, problems);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      problems.add(new FieldProblem("to", "截止日期不能早于起始日期"));
      toDate = null;
    }
    String validityKey = blankToNull(validity);
    if (validityKey != null) {
      validityKey = validityKey.toUpperCase(Locale.ROOT);
      if (!VALIDITY.containsKey(validityKey)) {
        problems.add(new FieldProblem("validity", "效力状态只能是 IN_FORCE、EXPIRED、REPEALED 或 AMENDED"));
        validityKey = null;
      }
    }
    SearchQuery.Sort order = SearchQuery.Sort.RELEVANCE;
    if (blankToNull(sort) != null) {
      switch (sort.strip().toLowerCase(Locale.ROOT)) {
        case "relevance" -> order = SearchQuery.Sort.RELEVANCE;
        case "date" -> order = SearchQuery.Sort.DATE;
        default -> problems.add(new FieldProblem("sort", "排序方式只能是 relevance 或 date"));
      }
    }
    int pageSize = number("size", size, defaultSize, 1, SearchQuery.MAX_SIZE, problems);
    int pageNumber = number("page", page, 1, 1, SearchQuery.MAX_DEPTH / pageSize, problems);
    String category = text("category", this.category, problems);
    String subject = text("subject", this.subject, problems);
    String genre = text("genre", this.genre, problems);
    String number = text("docno", docno, problems);
    SearchQuery query = new SearchQuery(q, agencyCode, category, subject, genre, fromDate, toDate, validityKey, number,
        order, pageNumber, pageSize, facets);
    return new Checked(query, problems);
  }

  /** The URL of this search with one parameter changed (null removes it); the page goes back to 1. */
  public String with(String name, String value) {
    Map<String, String> params = asMap();
    params.remove("page");
    if (name != null) {
      params.put(name, value);
    }
    return url(params);
  }

  /** The URL of another page of this search. */
  public String page(int number) {
    Map<String, String> params = asMap();
    params.put("page", Integer.toString(number));
    return url(params);
  }

  /** The URL of this search limited to one year. */
  public String year(String year) {
    Map<String, String> params = asMap();
    params.remove("page");
    params.put("from", year + "-01-01");
    params.put("to", year + "-12-31");
    return url(params);
  }

  public boolean hasFilters() {
    return blankToNull(agency) != null || blankToNull(category) != null || blankToNull(subject) != null || blankToNull(genre) != null
        || blankToNull(from) != null || blankToNull(to) != null || blankToNull(validity) != null || blankToNull(docno) != null;
  }

  private Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("q", q);
    m.put("agency", agency);
    m.put("category", category);
    m.put("subject", subject);
    m.put("genre", genre);
    m.put("from", from);
    m.put("to", to);
    m.put("validity", validity);
    m.put("docno", docno);
    m.put("sort", sort);
    m.put("page", page);
    return m;
  }

  private static String url(Map<String, String> params) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        b.queryParam(k, v.length() > 300 ? v.substring(0, 300) : v);
      }
    });
    return b.encode().build().toUriString();
  }

  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 1949 || d.getYear() > 2100) {
        problems.add(new FieldProblem(field, "日期超出范围"));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "日期格式应为 yyyy-MM-dd"));
      return null;
    }
  }

  private static int number(String field, String value, int fallback, int min, int max, List<FieldProblem> problems) {
    String v = blankToNull(value);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        problems.add(new FieldProblem(field, "应在 " + min + " 到 " + max + " 之间"));
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "应为整数"));
      return fallback;
    }
  }

  private static String text(String field, String value, List<FieldProblem> problems) {
    String v = blankToNull(value);
    if (v != null && v.length() > 100) {
      problems.add(new FieldProblem(field, "不能超过 100 个字符"));
      return null;
    }
    return v;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
