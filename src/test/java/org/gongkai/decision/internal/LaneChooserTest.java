package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaneChooserTest {

  private static long key(String agency, int row) {
    return KeyIndex.hash(agency, "PENALTY", "罚〔2024〕" + row + "号");
  }

  @Test
  void eachAgencyOfAFileOfManyAgenciesKeepsToOneLaneAndTheLanesStayBalanced() {
    LaneChooser chooser = new LaneChooser(2, 1_000);
    Map<String, Set<Integer>> lanesOfAgency = new HashMap<>();
    long[] rows = new long[2];
    for (int row = 0; row < 60_000; row++) {
      String agency = "5001%02dB01".formatted(row % 40);
      int lane = chooser.lane(agency, key(agency, row));
      lanesOfAgency.computeIfAbsent(agency, a -> new HashSet<>()).add(lane);
      rows[lane]++;
    }
    assertThat(lanesOfAgency).hasSize(40).allSatisfy((agency, lanes) -> assertThat(lanes).hasSize(1));
    assertThat(lanesOfAgency.values().stream().filter(l -> l.contains(0)).count()).isEqualTo(20);
    assertThat(rows[0]).isEqualTo(30_000);
  }

  @Test
  void aFileOfOneAgencyIsSpreadOverAllLanesOnceItsLaneIsASpillAhead() {
    LaneChooser chooser = new LaneChooser(2, 1_000);
    long[] rows = new long[2];
    for (int row = 0; row < 100_000; row++) {
      rows[chooser.lane("500000B01", key("500000B01", row))]++;
    }
    assertThat(rows[1]).isBetween(45_000L, 49_500L);
    assertThat(rows[0] - rows[1]).isBetween(1_000L, 10_000L);
  }

  @Test
  void aLargeAgencyAmongSmallOnesSpillsWhileTheSmallOnesKeepToTheLighterLane() {
    LaneChooser chooser = new LaneChooser(2, 1_000);
    Map<String, Set<Integer>> lanesOfAgency = new HashMap<>();
    long[] rows = new long[2];
    for (int row = 0; row < 80_000; row++) {
      String agency = row % 5 != 0 ? "500000B01" : "5001%02dB01".formatted(row % 20);
      int lane = chooser.lane(agency, key(agency, row));
      lanesOfAgency.computeIfAbsent(agency, a -> new HashSet<>()).add(lane);
      rows[lane]++;
    }
    assertThat(lanesOfAgency.get("500000B01")).containsExactlyInAnyOrder(0, 1);
    assertThat(lanesOfAgency).allSatisfy((agency, lanes) -> {
      if (!agency.equals("500000B01")) {
        assertThat(lanes).hasSize(1);
      }
    });
    assertThat(Math.abs(rows[0] - rows[1])).isLessThanOrEqualTo(2_000L);
  }
}
