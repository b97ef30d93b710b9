package org.gongkai.report.compare;

/**
 * The key figures of one agency (or area) and year, and where they come from.
 *
 * @param version the published version used, or null when compiled
 */
public record Figures(KeyFigures figures, FigureSource source, Integer version) {

  public boolean published() {
    return source == FigureSource.PUBLISHED;
  }

  /** 已发布报告（第2版）/ 平台汇总. */
  public String sourceLabel() {
    return source.label() + (version != null && version > 1 ? "（第" + version + "版）" : "");
  }
}
