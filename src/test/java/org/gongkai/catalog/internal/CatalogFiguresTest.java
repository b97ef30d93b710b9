package org.gongkai.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.FigureSet;
import org.gongkai.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo catalog reproduces section 二 第二十条第（一）项 of the seed report for the whole city. */
@GongkaiTest
class CatalogFiguresTest {

  private final CatalogFigures figures;
  private final Agencies agencies;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Autowired
  CatalogFiguresTest(CatalogFigures figures, Agencies agencies, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.figures = figures;
    this.agencies = agencies;
    this.jdbc = jdbc;
  }

  @Test
  void inForceBalancesForADocumentSignedInOneYearAndPublishedInTheNext() {
    jdbc.sql("""
        insert into catalog_item (agency_code, agency_path, title, written_on, published_on, subject_code, genre_code, kind,
          category, state)
        select agency_code, agency_path, '跨年发布的规范性文件（测试）', date '2024-12-20', date '2025-01-10', subject_code,
          genre_code, kind, category, 'PUBLISHED'
        from catalog_item where kind = 'NORMATIVE_DOCUMENT' and agency_code = '500101' limit 1""").update();
    Set<String> district = Set.of("500101");
    FigureSet y2024 = figures.proactive(district, 2024, ReportFormat.F2021);
    FigureSet y2025 = figures.proactive(district, 2025, ReportFormat.F2021);
    long expected = y2024.cells().get("proactive.normativeDocuments.inForce").longValue()
        + y2025.cells().get("proactive.normativeDocuments.made").longValue()
        - y2025.cells().get("proactive.normativeDocuments.repealed").longValue();
    assertThat(y2025.cells().get("proactive.normativeDocuments.inForce").longValue()).isEqualTo(expected);
    assertThat(y2024.cells().get("proactive.normativeDocuments.made").longValue()).isPositive();
  }

  private Set<String> wholeCity() {
    return agencies.tree().all().stream().map(Agency::code).collect(Collectors.toSet());
  }

  @Test
  void reproducesTheSeedReportFor2020() {
    FigureSet f = figures.proactive(wholeCity(), 2020, ReportFormat.F2019);
    assertThat(f.cells()).containsEntry("proactive.rules.newlyMade", 7L)
        .containsEntry("proactive.rules.newlyPublished", 7L)
        .containsEntry("proactive.rules.totalPublished", 193L)
        .containsEntry("proactive.normativeDocuments.newlyMade", 1332L)
        .containsEntry("proactive.normativeDocuments.newlyPublished", 1332L)
        .containsEntry("proactive.normativeDocuments.totalPublished", 5442L);
    assertThat(f.sources()).containsEntry("proactive.rules.totalPublished", "records");
  }

  @Test
  void gives2021FiguresThatBalanceWithLastYear() {
    FigureSet f = figures.proactive(wholeCity(), 2021, ReportFormat.F2021);
    long made = f.cells().get("proactive.normativeDocuments.made").longValue();
    long repealed = f.cells().get("proactive.normativeDocuments.repealed").longValue();
    long inForce = f.cells().get("proactive.normativeDocuments.inForce").longValue();
    assertThat(made).isEqualTo(1287);
    assertThat(inForce).isEqualTo(5442 + made - repealed);
    long rulesInForce = f.cells().get("proactive.rules.inForce").longValue();
    assertThat(rulesInForce).isEqualTo(193 + f.cells().get("proactive.rules.made").longValue()
        - f.cells().get("proactive.rules.repealed").longValue());
  }

  @Test
  void countsOnlyTheAgenciesAsked() {
    FigureSet f = figures.proactive(Set.of("500101B03"), 2020, ReportFormat.F2019);
    assertThat(f.cells().get("proactive.rules.newlyMade").longValue()).isZero();
    assertThat(f.cells().get("proactive.normativeDocuments.newlyMade").longValue()).isLessThan(1332);
  }
}
