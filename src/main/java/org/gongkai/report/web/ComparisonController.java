package org.gongkai.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.report.ReportScope;
import org.gongkai.report.compare.Change;
import org.gongkai.report.compare.ComparisonCharts;
import org.gongkai.report.compare.ComparisonSheets;
import org.gongkai.report.compare.Comparisons;
import org.gongkai.report.compare.Measure;
import org.gongkai.report.compare.SideBySide;
import org.gongkai.report.compare.SideBySide.RowMode;
import org.gongkai.report.compare.YearOverYear;
import org.gongkai.shared.Checks;
import org.gongkai.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Comparisons in the back office: one agency's key figures year over year, and the agencies under a
 * supervisor side by side — each a table, charts and an XLSX download.
 */
@Controller
class ComparisonController {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int DEFAULT_YEARS = 8;

  private final Comparisons comparisons;
  private final Agencies agencies;
  private final AccessPolicy access;

  ComparisonController(Comparisons comparisons, Agencies agencies, AccessPolicy access) {
    this.comparisons = comparisons;
    this.agencies = agencies;
    this.access = access;
  }

  @GetMapping("/admin/annual-reports/{code}/compare")
  String years(@PathVariable String code, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String scope, Model model,
      HttpServletResponse response) {
    Agency agency = agencies.require(code);
    access.requireSee(code);
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("agency", agency);
    model.addAttribute("yearChoices", yearChoices());
    model.addAttribute("canCompareBelow", canCompareBelow(agencies, access, code));
    model.addAttribute("lastYear", currentYear() - 1);
    model.addAttribute("form", new YearsForm(blankTo(from, ""), blankTo(to, ""), blankTo(scope, ReportScope.defaultFor(agency).key())));
    try {
      YearsQuery q = YearsQuery.of(agency, from, to, scope, currentYear());
      YearOverYear y = comparisons.yearOverYear(code, q.from(), q.to(), q.scope());
      model.addAttribute("form", new YearsForm(String.valueOf(q.from()), String.valueOf(q.to()), q.scope().key()));
      model.addAttribute("result", y);
      model.addAttribute("rows", yearRows(y));
      model.addAttribute("charts", ComparisonCharts.of(y));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("formError", message(e));
    }
    return "report/compare-years";
  }

  @GetMapping("/admin/annual-reports/{code}/compare.xlsx")
  ResponseEntity<byte[]> yearsXlsx(@PathVariable String code, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String scope) {
    Agency agency = agencies.require(code);
    access.requireSee(code);
    YearsQuery q = YearsQuery.of(agency, from, to, scope, currentYear());
    YearOverYear y = comparisons.yearOverYear(code, q.from(), q.to(), q.scope());
    return ReportPortalController.download(ComparisonSheets.of(y),
        agency.name() + q.from() + "-" + q.to() + "年政府信息公开数据比较.xlsx", XLSX);
  }

  @GetMapping("/admin/annual-reports/{code}/side-by-side")
  String sideBySide(@PathVariable String code, @RequestParam(required = false) String year,
      @RequestParam(required = false) String rows, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, Model model, HttpServletResponse response) {
    Agency agency = agencies.require(code);
    requireSideBySide(agency);
    model.addAttribute("nav", "annual-reports");
    model.addAttribute("agency", agency);
    model.addAttribute("yearChoices", yearChoices());
    model.addAttribute("modes", RowMode.values());
    model.addAttribute("form", new SideForm(blankTo(year, ""), blankTo(rows, RowMode.CHILDREN.key())));
    try {
      SideQuery q = SideQuery.of(year, rows, currentYear());
      Measure by = sortKey(sort);
      boolean descending = !"asc".equals(dir);
      SideBySide s = comparisons.sideBySide(code, q.year(), q.mode());
      model.addAttribute("form", new SideForm(String.valueOf(q.year()), q.mode().key()));
      model.addAttribute("result", s);
      model.addAttribute("columns", columns(by, descending));
      model.addAttribute("groups", groups());
      model.addAttribute("rowsShown", sideRows(s, by, descending));
      model.addAttribute("total", totalRow(s));
      model.addAttribute("sortedBy", by == null ? null : by.description() + (descending ? "（从高到低）" : "（从低到高）"));
      model.addAttribute("charts", ComparisonCharts.of(s));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("formError", message(e));
    }
    return "report/compare-agencies";
  }

  @GetMapping("/admin/annual-reports/{code}/side-by-side.xlsx")
  ResponseEntity<byte[]> sideBySideXlsx(@PathVariable String code, @RequestParam(required = false) String year,
      @RequestParam(required = false) String rows) {
    Agency agency = agencies.require(code);
    requireSideBySide(agency);
    SideQuery q = SideQuery.of(year, rows, currentYear());
    SideBySide s = comparisons.sideBySide(code, q.year(), q.mode());
    return ReportPortalController.download(ComparisonSheets.of(s), agency.name() + q.year() + "年政府信息公开数据横向比较.xlsx", XLSX);
  }

  /** A bad parameter of a download: a plain Chinese message, status 400. */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<String> badDownload(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(message(e));
  }

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  // ---------------------------------------------------------------- access

  /** Side by side shows every agency of the area: the user must see each of them. */
  private void requireSideBySide(Agency agency) {
    access.requireSee(agency.code());
    if (!canSideBySide(agency)) {
      throw new AccessDeniedException("横向比较列出下属各机关的数据，仅限政务公开主管部门和系统管理员使用");
    }
  }

  private boolean canSideBySide(Agency agency) {
    return access.canSee(agency.code())
        && agencies.tree().subtree(agency.code()).stream().allMatch(a -> access.canSee(a.code()));
  }

  /** Whether to offer the side-by-side comparison of the agencies below {@code code}: there are some, and the user sees them. */
  static boolean canCompareBelow(Agencies agencies, AccessPolicy access, String code) {
    List<Agency> children = agencies.tree().children(code);
    return !children.isEmpty() && access.canSee(code) && children.stream().allMatch(a -> access.canSee(a.code()));
  }

  // ---------------------------------------------------------------- parameters

  record YearsForm(String from, String to, String scope) {}

  record SideForm(String year, String rows) {}

  /** The checked parameters of the year-over-year page. */
  record YearsQuery(int from, int to, ReportScope scope) {

    static YearsQuery of(Agency agency, String fromText, String toText, String scopeText, int currentYear) {
      Checks checks = Checks.start();
      Integer to = blank(toText) ? Integer.valueOf(currentYear - 1) : checkedYear(checks, "to", "截止年度", toText, currentYear);
      Integer from = blank(fromText)
          ? (to == null ? null : Integer.valueOf(Math.max(Comparisons.FIRST_YEAR, to - DEFAULT_YEARS + 1)))
          : checkedYear(checks, "from", "起始年度", fromText, currentYear);
      if (from != null && to != null && from > to) {
        checks.add("from", "起始年度（" + from + "年）不能晚于截止年度（" + to + "年）");
      } else if (from != null && to != null && to - from + 1 > Comparisons.MAX_YEARS) {
        checks.add("from", "一次最多比较 " + Comparisons.MAX_YEARS + " 个年度，请缩小年度范围");
      }
      ReportScope scope = blank(scopeText) ? ReportScope.defaultFor(agency) : ReportScope.fromKey(scopeText);
      if (scope == null) {
        checks.add("scope", "统计范围只能是 self（本机关）或 subtree（本机关及下属机构）");
      }
      checks.throwIfAny();
      return new YearsQuery(from, to, scope);
    }
  }

  /** The checked parameters of the side-by-side page. */
  record SideQuery(int year, RowMode mode) {

    static SideQuery of(String yearText, String modeText, int currentYear) {
      Checks checks = Checks.start();
      Integer year = blank(yearText) ? Integer.valueOf(currentYear - 1) : checkedYear(checks, "year", "年度", yearText, currentYear);
      RowMode mode = blank(modeText) ? RowMode.CHILDREN : RowMode.fromKey(modeText);
      if (mode == null) {
        checks.add("rows", "列出方式只能是 children（下一级机关）或 all（全部机关逐一列出）");
      }
      checks.throwIfAny();
      return new SideQuery(year, mode);
    }
  }

  private static Integer checkedYear(Checks checks, String field, String label, String text, int currentYear) {
    String t = text.strip();
    if (t.matches("\\d{4}")) {
      int y = Integer.parseInt(t);
      if (y >= Comparisons.FIRST_YEAR && y <= currentYear) {
        return y;
      }
    }
    checks.add(field, label + "应为 " + Comparisons.FIRST_YEAR + " 年至 " + currentYear + " 年之间的四位年份，“"
        + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "”不在此范围");
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankTo(String s, String fallback) {
    return blank(s) ? fallback : s.strip();
  }

  private static String message(InvalidInputException e) {
    return String.join("；", e.problems().stream().map(InvalidInputException.FieldProblem::message).toList());
  }

  private static Measure sortKey(String sort) {
    if (blank(sort)) {
      return null;
    }
    for (Measure m : Measure.SHOWN) {
      if (m.name().equalsIgnoreCase(sort.strip())) {
        return m;
      }
    }
    throw new InvalidInputException("sort", "无法按“" + (sort.length() > 30 ? sort.substring(0, 30) : sort) + "”排序：没有这一列");
  }

  private static int currentYear() {
    return Year.now(CHINA).getValue();
  }

  /** The years of the selection lists, newest first. */
  private static List<Integer> yearChoices() {
    List<Integer> years = new ArrayList<>();
    for (int y = currentYear(); y >= Comparisons.FIRST_YEAR; y--) {
      years.add(y);
    }
    return years;
  }

  // ---------------------------------------------------------------- table views

  /** A cell of the year-over-year table: the figure, and its change against the year before. */
  record YearCell(String text, String change, String trend, String title) {}

  /** A measure over the years. */
  record YearRow(Measure measure, boolean groupStart, List<YearCell> cells) {}

  static List<YearRow> yearRows(YearOverYear y) {
    List<YearRow> rows = new ArrayList<>();
    Measure.Group group = null;
    for (Measure m : Measure.SHOWN) {
      List<YearCell> cells = new ArrayList<>();
      for (YearOverYear.Year year : y.years()) {
        Change c = year.change(m);
        cells.add(new YearCell(m.format(year.value(m)), c == null ? null : c.arrow(),
            c == null ? null : c.up() ? "up" : c.down() ? "down" : "flat",
            c == null ? null : year.year() + "年" + m.description() + "较上年" + c.text()));
      }
      rows.add(new YearRow(m, m.group() != group, cells));
      group = m.group();
    }
    return rows;
  }

  /** A column heading of the side-by-side table, with the link that sorts by it. */
  record Column(Measure measure, boolean sorted, boolean descending, String nextDir) {}

  /** A group of columns: its label and how many. */
  record ColumnGroup(String label, int span) {}

  /** A row of the side-by-side table. */
  record SideRow(String code, String label, String scope, String source, boolean published, boolean own, List<String> cells) {}

  private static List<Column> columns(Measure by, boolean descending) {
    return Measure.SHOWN.stream()
        .map(m -> new Column(m, m == by, m == by && descending, m == by && descending ? "asc" : "desc"))
        .toList();
  }

  private static List<ColumnGroup> groups() {
    List<ColumnGroup> groups = new ArrayList<>();
    for (Measure.Group g : Measure.Group.values()) {
      int n = (int) Measure.SHOWN.stream().filter(m -> m.group() == g).count();
      groups.add(new ColumnGroup(g.label(), n));
    }
    return groups;
  }

  private static List<SideRow> sideRows(SideBySide s, Measure by, boolean descending) {
    return s.sorted(by, descending).stream()
        .map(r -> new SideRow(r.agency().code(), r.agency().name(), r.scopeLabel(), r.figures().sourceLabel(),
            r.figures().published(), r.own(), Measure.SHOWN.stream().map(m -> m.format(r.value(m))).toList()))
        .toList();
  }

  private static SideRow totalRow(SideBySide s) {
    return new SideRow(s.agency().code(), "合计", "", "", false, false,
        Measure.SHOWN.stream().map(m -> m.format(s.totals().value(m))).toList());
  }
}
