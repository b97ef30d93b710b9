package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.FigureSet;
import org.gongkai.report.ProactiveFigures;
import org.gongkai.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class SeedFiguresTest {

  @Autowired DecisionFigures figures;
  @Autowired Agencies agencies;

  @Test
  void demoDataReproducesSectionTwoOfTheSeedForTheWholeCityIn2020() {
    Set<String> city = agencies.tree().subtree("500000").stream().map(Agency::code).collect(Collectors.toSet());
    FigureSet set = ((ProactiveFigures) figures).proactive(city, 2020, ReportFormat.F2019);
    assertCell(set, "administrativeLicensing.itemsLastYear", 683);
    assertCell(set, "administrativeLicensing.itemsChange", -28);
    assertCell(set, "administrativeLicensing.decisions", 5_189_052);
    assertCell(set, "otherManagementServices.itemsLastYear", 1347);
    assertCell(set, "otherManagementServices.itemsChange", -240);
    assertCell(set, "otherManagementServices.decisions", 5_159_611);
    assertCell(set, "administrativePenalty.itemsLastYear", 3898);
    assertCell(set, "administrativePenalty.itemsChange", 63);
    assertCell(set, "administrativePenalty.decisions", 4_053_811);
    assertCell(set, "administrativeCoercion.itemsLastYear", 191);
    assertCell(set, "administrativeCoercion.itemsChange", 17);
    assertCell(set, "administrativeCoercion.decisions", 72_836);
    assertCell(set, "administrativeFees.itemsLastYear", 36);
    assertCell(set, "administrativeFees.itemsChange", -5);
    assertCell(set, "centralizedProcurement.projects", 23_218);
    assertCell(set, "centralizedProcurement.amountWanYuan", 3_700_000);
    assertThat(set.sources().get("proactive.administrativeLicensing.itemsLastYear")).isEqualTo("records");
    assertThat(set.sources().get("proactive.administrativePenalty.decisions")).isEqualTo("mixed");
    assertThat(set.sources().get("proactive.centralizedProcurement.projects")).isEqualTo("filed");
  }

  @Test
  void recordsAndFiledCountsOfOneAgencyAddUpWithoutDoubleCounting() {
    FigureSet set = figures.proactive(Set.of("500000B27"), 2020, ReportFormat.F2019);
    assertThat(set.sources().get("proactive.administrativePenalty.decisions")).isEqualTo("mixed");
    FigureSet filedOnly = figures.proactive(Set.of("500000B02"), 2020, ReportFormat.F2019);
    assertThat(filedOnly.sources().get("proactive.administrativePenalty.decisions")).isEqualTo("filed");
  }

  @Test
  void the2021FormatHasDecisionsAndFeeIncome() {
    Set<String> city = agencies.tree().subtree("500000").stream().map(Agency::code).collect(Collectors.toSet());
    FigureSet set = figures.proactive(city, 2021, ReportFormat.F2021);
    assertThat(set.cells()).containsKeys("proactive.administrativeLicensing.decisions", "proactive.administrativePenalty.decisions",
        "proactive.administrativeCoercion.decisions", "proactive.administrativeFees.amountWanYuan");
    assertThat(set.cells()).doesNotContainKey("proactive.administrativeLicensing.itemsLastYear");
    assertThat(new BigDecimal(set.cells().get("proactive.administrativeFees.amountWanYuan").toString())).isPositive();
  }

  private static void assertCell(FigureSet set, String key, long expected) {
    Number n = set.cells().get("proactive." + key);
    assertThat(n).as(key).isNotNull();
    assertThat(new BigDecimal(n.toString())).as(key).isEqualByComparingTo(BigDecimal.valueOf(expected));
  }
}
