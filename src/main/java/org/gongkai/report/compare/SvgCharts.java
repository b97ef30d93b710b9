package org.gongkai.report.compare;

import java.util.List;
import java.util.Locale;
import org.gongkai.report.export.ReportHtml;

/**
 * Statistics charts as inline SVG, drawn on the server: no script, no external host. Horizontal
 * positions are percentages of the chart's width and vertical ones pixels, and there is no viewBox,
 * so a chart takes the width of the page while its text keeps its size — readable on a phone as on
 * a desk. Each chart is a {@link Chart}: title, legend, the SVG, and a note.
 */
public final class SvgCharts {

  /** A data series: its name (for the legend) and colour. */
  public record Series(String name, String color) {}

  /** One row of a bar chart: its label and one value per series (null = no bar), printed as {@code texts}. */
  public record BarRow(String label, List<Double> values, List<String> texts) {}

  /** One row of a stacked bar: its label and one count per series; the bar shows their shares. */
  public record StackRow(String label, List<Long> counts) {}

  /** A rendered chart. */
  public record Chart(String title, List<Series> legend, String svg, String note) {}

  static final String BLUE = "#1f5fa8";
  static final String LIGHT_BLUE = "#6fa3d8";
  static final String RED = "#b8322a";
  static final String AMBER = "#d9901a";
  static final String PURPLE = "#7b5ea7";
  static final String GREY = "#8f9aa7";
  static final String GREEN = "#2e8b57";
  private static final String INK = "#1f2933";
  private static final String MUTED = "#5b6673";
  private static final String AXIS = "#9aa5b1";
  private static final String GRID = "#e3e8ef";

  /** The longest bar takes this share of the width; the rest is room for its value. */
  private static final double BAR_SPAN = 78;

  private SvgCharts() {}

  /**
   * Horizontal bars, one group per row: the row's label on its own line, then one bar per series
   * with its value at the end. Suits long Chinese agency names and narrow screens.
   */
  public static String bars(String title, List<Series> series, List<BarRow> rows) {
    double max = 0;
    for (BarRow row : rows) {
      for (Double v : row.values()) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    int barHeight = series.size() == 1 ? 14 : 12;
    int rowHeight = 20 + series.size() * (barHeight + 3) + 6;
    int height = Math.max(40, rows.size() * rowHeight + 8);
    StringBuilder svg = open(title, height);
    int y = 4;
    for (BarRow row : rows) {
      text(svg, "0", y + 14, 13, INK, "start", row.label(), null);
      int by = y + 20;
      for (int s = 0; s < series.size(); s++) {
        Double v = row.values().get(s);
        double pct = v == null || max == 0 ? 0 : v / max * BAR_SPAN;
        if (v != null) {
          svg.append("<rect x=\"0\" y=\"").append(by).append("\" width=\"").append(pct(pct)).append("%\" height=\"")
              .append(barHeight).append("\" fill=\"").append(series.get(s).color()).append("\" rx=\"1\"><title>")
              .append(ReportHtml.esc(series.get(s).name() + "：" + row.texts().get(s))).append("</title></rect>");
        }
        text(svg, pct(pct) + "%", by + barHeight - 2, 12, v == null ? MUTED : INK, "start", row.texts().get(s), "6");
        by += barHeight + 3;
      }
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** 100% stacked bars: each row's counts as shares of their sum, labelled inside where there is room. */
  public static String stacked(String title, List<Series> series, List<StackRow> rows) {
    int rowHeight = 44;
    int height = Math.max(40, rows.size() * rowHeight + 8);
    StringBuilder svg = open(title, height);
    int y = 4;
    for (StackRow row : rows) {
      long total = 0;
      for (Long c : row.counts()) {
        total += c == null ? 0 : c;
      }
      text(svg, "0", y + 14, 13, INK, "start", row.label() + (total > 0 ? "（" + String.format(Locale.ROOT, "%,d", total) + "件）" : ""), null);
      int by = y + 20;
      if (total == 0) {
        svg.append("<rect x=\"0\" y=\"").append(by).append("\" width=\"100%\" height=\"18\" fill=\"").append(GRID).append("\"/>");
        text(svg, "50%", by + 14, 12, MUTED, "middle", "无办结的申请", null);
      } else {
        double at = 0;
        for (int s = 0; s < series.size(); s++) {
          long c = row.counts().get(s) == null ? 0 : row.counts().get(s);
          if (c == 0) {
            continue;
          }
          double share = c * 100.0 / total;
          svg.append("<rect x=\"").append(pct(at)).append("%\" y=\"").append(by).append("\" width=\"").append(pct(share))
              .append("%\" height=\"18\" fill=\"").append(series.get(s).color()).append("\"><title>")
              .append(ReportHtml.esc(series.get(s).name() + "：" + c + "件，" + percent(share))).append("</title></rect>");
          if (share >= 9) {
            text(svg, pct(at + share / 2) + "%", by + 13, 11, "#fff", "middle", percent(share), null);
          }
          at += share;
        }
      }
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  /** Vertical columns, one per category (years), with the value above and the category below. */
  public static String columns(String title, Series series, List<String> categories, List<Double> values, List<String> texts) {
    int top = 22;
    int plot = 170;
    int height = top + plot + 28;
    double max = 0;
    for (Double v : values) {
      if (v != null) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep(max / 4);
    double axisMax = max == 0 ? 1 : Math.ceil(max / step) * step;
    StringBuilder svg = open(title, height);
    double left = 10;
    for (double tick = 0; tick <= axisMax + step / 2 && step > 0; tick += step) {
      int ty = top + plot - (int) Math.round(tick / axisMax * plot);
      svg.append("<line x1=\"").append(pct(left)).append("%\" y1=\"").append(ty).append("\" x2=\"100%\" y2=\"").append(ty)
          .append("\" stroke=\"").append(tick == 0 ? AXIS : GRID).append("\" stroke-width=\"1\"/>");
      text(svg, "0", ty + 4, 11, MUTED, "start", compact(tick), null);
    }
    int n = categories.size();
    double slot = (100 - left) / Math.max(1, n);
    for (int i = 0; i < n; i++) {
      double center = left + slot * (i + 0.5);
      Double v = values.get(i);
      int h = v == null ? 0 : (int) Math.round(v / axisMax * plot);
      double width = Math.min(slot * 0.6, 12);
      if (v != null) {
        svg.append("<rect x=\"").append(pct(center - width / 2)).append("%\" y=\"").append(top + plot - h).append("\" width=\"")
            .append(pct(width)).append("%\" height=\"").append(h).append("\" fill=\"").append(series.color()).append("\"><title>")
            .append(ReportHtml.esc(categories.get(i) + "：" + texts.get(i))).append("</title></rect>");
      }
      text(svg, pct(center) + "%", top + plot - h - 5, 11, INK, "middle", v == null ? "—" : texts.get(i), null);
      text(svg, pct(center) + "%", top + plot + 18, 12, INK, "middle", categories.get(i), null);
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int height) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"100%\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(ReportHtml.esc(title)).append("\"><title>").append(ReportHtml.esc(title))
        .append("</title>");
    return svg;
  }

  private static void text(StringBuilder svg, String x, int y, int size, String color, String anchor, String text, String dx) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (dx != null) {
      svg.append(" dx=\"").append(dx).append('"');
    }
    svg.append(" font-size=\"").append(size).append("\" fill=\"").append(color).append("\" text-anchor=\"").append(anchor)
        .append("\">").append(ReportHtml.esc(text)).append("</text>");
  }

  /** A step of 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        return Math.max(1, m * magnitude);
      }
    }
    return 10 * magnitude;
  }

  /** 5,758 · 12.3万 · 1.2亿: short enough for a chart on a phone. */
  public static String compact(double value) {
    double abs = Math.abs(value);
    if (abs >= 100_000_000) {
      return trim(value / 100_000_000) + "亿";
    }
    if (abs >= 10_000) {
      return trim(value / 10_000) + "万";
    }
    if (value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** 23.5% */
  public static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }


}
