package org.gongkai.report.web;

import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.portal.DisclosureColumnContent;
import org.gongkai.portal.DisclosureSection;
import org.springframework.stereotype.Component;

/** The 政府信息公开年报 section of every agency's column: its reports by year. */
@Component
class AnnualReportsColumn implements DisclosureColumnContent {

  private final ReportTexts texts;

  AnnualReportsColumn(ReportTexts texts) {
    this.texts = texts;
  }

  @Override
  public DisclosureSection section() {
    return DisclosureSection.ANNUAL_REPORTS;
  }

  /** One line of the list. */
  public record Entry(int year, String title, String href, String published, int version) {}

  @Override
  public SectionView render(Agency agency, Map<String, String> params) {
    String name = agency.name();
    java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd")
        .withZone(java.time.ZoneId.of("Asia/Shanghai"));
    List<Entry> entries = texts.published(agency).stream()
        .map(s -> new Entry(s.year(), name + s.year() + "年政府信息公开工作年度报告",
            "/agencies/" + agency.code() + "/annual-reports/" + s.year(), date.format(s.publishedAt()), s.version()))
        .toList();
    List<Entry> compiled = texts.years(agency).stream()
        .filter(y -> entries.stream().noneMatch(e -> e.year() == y))
        .map(y -> new Entry(y, name + y + "年政府信息公开数据（平台汇总）", "/agencies/" + agency.code() + "/annual-reports/" + y,
            null, 0))
        .toList();
    return new SectionView("report/column", "list", Map.of("reports", entries, "compiled", compiled), false);
  }
}
