package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order a lane sends a block in must be the primary key's: bytewise, as collate "C" compares. */
class CopyLanesBlockTest {

  private static CopyLanes.Row row(String agency, String kind, String number) {
    return new CopyLanes.Row(agency, kind, number, LocalDate.of(2024, 5, 18), "某某公司", "ORGANISATION", null, "决定内容", null, null, false);
  }

  /** The keys in the order the block sends its rows. */
  private static List<String> sentOrder(CopyLanes.Block block, List<CopyLanes.Row> rows) {
    List<String> sent = new ArrayList<>();
    for (int i : block.keyOrder()) {
      CopyLanes.Row r = rows.get(i);
      sent.add(r.agency() + "|" + r.number() + "|" + r.kind());
    }
    return sent;
  }

  private static List<String> byteOrder(List<CopyLanes.Row> rows) {
    Comparator<String> bytewise =
        (x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
    Comparator<CopyLanes.Row> key = Comparator.comparing(CopyLanes.Row::agency, bytewise)
        .thenComparing(CopyLanes.Row::number, bytewise)
        .thenComparing(CopyLanes.Row::kind, bytewise);
    return rows.stream().sorted(key).map(r -> r.agency() + "|" + r.number() + "|" + r.kind()).toList();
  }

  private static CopyLanes.Block blockOf(List<CopyLanes.Row> rows, boolean direct) {
    CopyLanes.Block block = new CopyLanes.Block(direct);
    rows.forEach(r -> block.add(r, 0, null));
    return block;
  }

  @Test
  void aBlockIsSentInPrimaryKeyOrderAgencyThenNumberThenKindBytewise() {
    Random random = new Random(7);
    String[] agencies = {"500101", "500101B01", "500101B02", "50010", "500102", "5001", "500101B0", "A"};
    String[] kinds = {"LICENSING", "PENALTY", "COERCION", "OTHER_MANAGEMENT_SERVICE"};
    String[] prefixes = {"渝綦市监罚〔2024〕", "渝綦市监罚〔2023〕", "綦江许字", "Z-", "渝綦市监罚〔2024〕0"};
    List<CopyLanes.Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(row(agencies[random.nextInt(agencies.length)], kinds[random.nextInt(kinds.length)],
          prefixes[random.nextInt(prefixes.length)] + random.nextInt(3_000) + "号"));
    }
    assertThat(sentOrder(blockOf(rows, true), rows)).isEqualTo(byteOrder(rows));
    assertThat(sentOrder(blockOf(rows, false), rows)).isEqualTo(byteOrder(rows));
  }

  @Test
  void agencyCodesThatShareTheirFirstEightBytesAreOrderedByTheirWholeCode() {
    List<CopyLanes.Row> rows = List.of(
        row("500101B09", "PENALTY", "罚1号"),
        row("500101B01", "PENALTY", "罚2号"),
        row("500101B0", "PENALTY", "罚3号"),
        row("500101B012", "PENALTY", "罚0号"),
        row("500101B01", "LICENSING", "罚2号"));
    assertThat(sentOrder(blockOf(rows, true), rows)).containsExactly(
        "500101B0|罚3号|PENALTY", "500101B01|罚2号|LICENSING", "500101B01|罚2号|PENALTY", "500101B012|罚0号|PENALTY",
        "500101B09|罚1号|PENALTY");
  }

  @Test
  void codesAndNumbersLongerThanTheirKeyBytesAreOrderedByTheWholeValue() {
    List<CopyLanes.Row> rows = List.of(
        // agency codes that share their first 16 bytes
        row("50010100000000002", "PENALTY", "罚1号"),
        row("50010100000000001", "PENALTY", "罚1号"),
        row("5001010000000000", "PENALTY", "罚1号"),
        // numbers of one agency that share more than 8 bytes after what all of its numbers share
        row("500101B01", "PENALTY", "渝罚〔2024〕1234567891号"),
        row("500101B01", "PENALTY", "渝罚〔2024〕1234567890号"),
        row("500101B01", "PENALTY", "渝罚〔2023〕1号"),
        row("500101B01", "LICENSING", "渝罚〔2024〕1234567890号"));
    assertThat(sentOrder(blockOf(rows, true), rows)).isEqualTo(byteOrder(rows)).containsExactly(
        "5001010000000000|罚1号|PENALTY", "50010100000000001|罚1号|PENALTY", "50010100000000002|罚1号|PENALTY",
        "500101B01|渝罚〔2023〕1号|PENALTY", "500101B01|渝罚〔2024〕1234567890号|LICENSING",
        "500101B01|渝罚〔2024〕1234567890号|PENALTY", "500101B01|渝罚〔2024〕1234567891号|PENALTY");
  }

  @Test
  void codesOfEightBytesOrLessCompareAsTheirBytesWithTheShorterFirst() {
    List<CopyLanes.Row> rows = List.of(
        row("5001", "PENALTY", "1"), row("500", "PENALTY", "2"), row("50010000", "PENALTY", "3"), row("5000", "PENALTY", "4"),
        row("渝", "PENALTY", "5"));
    assertThat(sentOrder(blockOf(rows, true), rows)).containsExactly(
        "500|2|PENALTY", "5000|4|PENALTY", "5001|1|PENALTY", "50010000|3|PENALTY", "渝|5|PENALTY");
  }
}
