package org.gongkai.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.model.Report;
import org.junit.jupiter.api.Test;

class ComparisonFiguresTest {

  @Test
  void theChangeIsComputedAsTheSeedsNarrativeWritesIt() {
    Change fall = Change.between(5758, 7478, false);
    assertThat(fall.rounded()).isEqualTo(-23.0);
    assertThat(fall.text()).isEqualTo("下降23.0%");
    assertThat(fall.arrow()).isEqualTo("↓23.0%");
    assertThat(Change.between(5484, 5758, false).text()).isEqualTo("下降4.8%");
    assertThat(Change.between(12, 10, false).text()).isEqualTo("上升20.0%");
    assertThat(Change.between(10, 10, false).text()).isEqualTo("持平");
    assertThat(Change.between(21.1, 19.0, true).text()).isEqualTo("上升2.1个百分点");
    assertThat(Change.between(5, 0, false)).as("no change against nothing").isNull();
    assertThat(Change.between(null, 3, false)).isNull();
  }

  @Test
  void ratesOfATotalComeFromTheAddedCountsNotFromTheAgenciesRates() {
    KeyFigures a = KeyFigures.of(appeals(ReportFormat.F2019, 0, 1, 0));   // 1 of 1 corrected: 100%
    KeyFigures b = KeyFigures.of(appeals(ReportFormat.F2021, 3, 0, 0));   // 0 of 3: 0%
    assertThat(a.value(Measure.RECONSIDERATION_RATE)).isEqualTo(100.0);
    KeyFigures total = KeyFigures.sum(List.of(a, b));
    assertThat(total.value(Measure.RECONSIDERATION_DECIDED)).isEqualTo(4L);
    assertThat(total.value(Measure.RECONSIDERATION_RATE)).isEqualTo(25.0);
    assertThat(total.value(Measure.LITIGATION_RATE)).as("no decided lawsuit").isNull();
  }

  @Test
  void bothFormatsGiveTheSameMeasures() {
    Report r2019 = new Report(ReportFormat.F2019, 2020, "x", "x", "self")
        .set("proactive.normativeDocuments.newlyMade", 7).set("proactive.normativeDocuments.totalPublished", 70)
        .set("requests.other.total", 2).set("requests.withheld.stateSecret.total", 1)
        .set("requests.withheld.thirdPartyRights.total", 2);
    Report r2021 = new Report(ReportFormat.F2021, 2021, "x", "x", "self")
        .set("proactive.normativeDocuments.made", 7).set("proactive.normativeDocuments.inForce", 70)
        .set("requests.other.noCorrection.total", 1).set("requests.other.other.total", 1)
        .set("requests.withheld.stateSecret.total", 3);
    KeyFigures f2019 = KeyFigures.of(r2019);
    KeyFigures f2021 = KeyFigures.of(r2021);
    for (Measure m : List.of(Measure.NORMATIVE_MADE, Measure.NORMATIVE_IN_FORCE, Measure.OTHER, Measure.WITHHELD)) {
      assertThat(f2021.value(m)).as(m.name()).isEqualTo(f2019.value(m));
    }
    assertThat(f2019.value(Measure.RULES_MADE)).as("a blank cell stays blank").isNull();
  }

  private static Report appeals(ReportFormat format, long upheld, long corrected, long pending) {
    return new Report(format, 2020, "x", "x", "self")
        .set("appeals.reconsideration.upheld", upheld).set("appeals.reconsideration.corrected", corrected)
        .set("appeals.reconsideration.other", 0).set("appeals.reconsideration.pending", pending)
        .set("appeals.litigationDirect.upheld", 0).set("appeals.litigationDirect.corrected", 0)
        .set("appeals.litigationDirect.other", 0).set("appeals.litigationDirect.pending", 2);
  }
}
