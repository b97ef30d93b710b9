package org.gongkai.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.FigureSet;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.RequestFigures;
import org.gongkai.request.ApplicantType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The city's 2020 figures compiled from the demo requests equal the seed report's section 三. */
@GongkaiTest
class RequestFiguresTest {

  @Autowired RequestFigures figures;
  @Autowired Agencies agencies;

  static final String[] COLUMNS = {"naturalPerson", "commercialEnterprise", "researchInstitution",
      "publicWelfareOrganization", "legalServiceAgency", "otherOrganization"};

  /** Section 三 of chongqing-2020-annual-report.txt, row by row. */
  static final Map<String, int[]> SEED = new LinkedHashMap<>();

  static {
    SEED.put("received", new int[] {5330, 352, 2, 28, 16, 30});
    SEED.put("carriedOverFromLastYear", new int[] {160, 13, 0, 0, 0, 0});
    SEED.put("granted", new int[] {3603, 222, 1, 23, 13, 25});
    SEED.put("partiallyGranted", new int[] {222, 17, 1, 2, 0, 0});
    SEED.put("withheld.stateSecret", new int[] {69, 0, 0, 0, 0, 0});
    SEED.put("withheld.prohibitedByLaw", new int[] {0, 1, 0, 0, 0, 0});
    SEED.put("withheld.threeSecurityOneStability", new int[] {0, 0, 0, 0, 0, 0});
    SEED.put("withheld.thirdPartyRights", new int[] {24, 3, 0, 1, 0, 0});
    SEED.put("withheld.internalAffairs", new int[] {60, 4, 0, 0, 0, 0});
    SEED.put("withheld.processInformation", new int[] {22, 3, 0, 0, 0, 1});
    SEED.put("withheld.lawEnforcementFiles", new int[] {49, 0, 0, 0, 0, 0});
    SEED.put("withheld.administrativeQuery", new int[] {51, 6, 0, 0, 0, 0});
    SEED.put("unavailable.notHeld", new int[] {963, 62, 0, 2, 1, 1});
    SEED.put("unavailable.needsCreation", new int[] {81, 2, 0, 0, 0, 0});
    SEED.put("unavailable.unclearAfterCorrection", new int[] {35, 0, 0, 0, 0, 0});
    SEED.put("notProcessed.petitionOrComplaint", new int[] {111, 1, 0, 0, 0, 2});
    SEED.put("notProcessed.duplicate", new int[] {40, 23, 0, 0, 0, 0});
    SEED.put("notProcessed.publication", new int[] {1, 0, 0, 0, 0, 0});
    SEED.put("notProcessed.massRepeated", new int[] {5, 0, 0, 0, 0, 0});
    SEED.put("notProcessed.confirmOrReissue", new int[] {7, 0, 0, 0, 0, 0});
    SEED.put("other", new int[] {24, 1, 0, 0, 2, 0});
    SEED.put("carriedOverToNextYear", new int[] {123, 20, 0, 0, 0, 1});
  }

  Set<String> city() {
    return agencies.tree().subtree("500000").stream().map(Agency::code).collect(Collectors.toSet());
  }

  @Test
  void theCitys2020FiguresAreExactlyTheSeedReportsCellByCell() {
    FigureSet set = figures.requests(city(), 2020, ReportFormat.F2019);
    Map<String, Number> expected = new LinkedHashMap<>();
    SEED.forEach((row, values) -> {
      for (int c = 0; c < 6; c++) {
        expected.put("requests." + row + "." + COLUMNS[c], (long) values[c]);
      }
    });
    assertThat(set.cells()).containsExactlyInAnyOrderEntriesOf(expected);
    long handled = set.cells().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("requests.received") && !e.getKey().startsWith("requests.carriedOver"))
        .mapToLong(e -> e.getValue().longValue()).sum();
    assertThat(handled).isEqualTo(5787);
  }

  @Test
  void the2021FormatSplitsTheOtherRowAndEveryColumnBalances() {
    for (int year : new int[] {2019, 2020, 2021}) {
      FigureSet set = figures.requests(city(), year, ReportFormat.F2021);
      assertThat(set.cells()).containsKeys("requests.other.noCorrection.naturalPerson", "requests.other.feeUnpaid.naturalPerson",
          "requests.other.other.naturalPerson").doesNotContainKey("requests.other.naturalPerson");
      for (ApplicantType t : ApplicantType.values()) {
        long in = value(set, "received", t) + value(set, "carriedOverFromLastYear", t);
        long out = value(set, "carriedOverToNextYear", t);
        for (String key : set.cells().keySet()) {
          if (key.endsWith("." + t.column()) && !key.startsWith("requests.received") && !key.startsWith("requests.carriedOver")) {
            out += set.cells().get(key).longValue();
          }
        }
        assertThat(out).as("balance of %s in %d", t, year).isEqualTo(in);
      }
    }
    FigureSet y2021 = figures.requests(city(), 2021, ReportFormat.F2021);
    assertThat(value(y2021, "carriedOverFromLastYear", ApplicantType.NATURAL_PERSON)).isEqualTo(123);
    assertThat(value(y2021, "other.feeUnpaid", ApplicantType.NATURAL_PERSON)).isPositive();
    long received2019 = 0;
    FigureSet y2019 = figures.requests(city(), 2019, ReportFormat.F2019);
    for (ApplicantType t : ApplicantType.values()) {
      received2019 += value(y2019, "received", t);
    }
    assertThat(received2019).isEqualTo(7478);
  }

  @Test
  void aDistrictsFiguresCountOnlyItsOwnSubtree() {
    Set<String> district = agencies.tree().subtree("500101").stream().map(Agency::code).collect(Collectors.toSet());
    FigureSet set = figures.requests(district, 2020, ReportFormat.F2019);
    long received = value(set, "received", ApplicantType.NATURAL_PERSON);
    assertThat(received).isPositive().isLessThan(5330);
  }

  static long value(FigureSet set, String row, ApplicantType t) {
    return set.cells().get("requests." + row + "." + t.column()).longValue();
  }
}
