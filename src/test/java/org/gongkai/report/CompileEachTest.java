package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.model.Report;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The set-based compilation of many reports gives exactly the reports compiled one by one. */
@GongkaiTest
class CompileEachTest {

  @Autowired AnnualReports reports;
  @Autowired Agencies agencies;

  @Test
  void compilingEveryAgencyAtOnceGivesTheReportsOfCompilingThemOneByOne() {
    List<String> codes = new ArrayList<>(List.of("500000", "500000B27", "500000B02"));
    agencies.tree().subtree("500101").forEach(a -> codes.add(a.code()));
    for (int year : new int[] {2020, 2021}) {
      Map<String, Report> each = reports.compileEach(codes, year);
      assertThat(each.keySet()).containsExactlyElementsOf(codes);
      for (String code : codes) {
        Report one = reports.compile(code, year);
        assertThat(each.get(code).cells()).as("%s %d", code, year).isEqualTo(one.cells());
        assertThat(each.get(code).scope()).isEqualTo(one.scope());
        assertThat(each.get(code).violations()).isEmpty();
      }
    }
    assertThat(reports.compileEach(List.of("500000"), 2020).get("500000").count("requests.received.total")).isEqualTo(5758L);
  }

  @Test
  void anAreaIsTheSumOfItsAgencies() {
    Map<String, ReportScope> scopes = new LinkedHashMap<>();
    scopes.put("500101", ReportScope.SUBTREE);
    for (Agency a : agencies.tree().subtree("500101")) {
      scopes.putIfAbsent(a.code(), ReportScope.SELF);
    }
    Map<String, Report> figures = reports.figuresEach(scopes, 2020, ReportFormat.F2019);
    Report area = reports.figures("500101", 2020, ReportScope.SUBTREE, ReportFormat.F2019);
    assertThat(figures.get("500101").cells()).isEqualTo(area.cells());
    assertThat(area.count("requests.received.total")).isPositive();
    long selfs = 0;
    for (Agency a : agencies.tree().subtree("500101")) {
      if (!a.code().equals("500101")) {
        selfs += figures.get(a.code()).count("requests.received.total");
      }
    }
    selfs += reports.figures("500101", 2020, ReportScope.SELF, ReportFormat.F2019).count("requests.received.total");
    assertThat(selfs).isEqualTo(area.count("requests.received.total"));
  }
}
