package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.gongkai.GongkaiTest;
import org.gongkai.decision.PowerItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The two COPY lanes: an agency's first load straight into the table, everything else merged. */
@GongkaiTest
class DecisionImporterTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  @Autowired DecisionImporter importer;
  @Autowired Decisions decisions;
  @Autowired JdbcClient jdbc;

  private static RowSource source(List<String[]> rows) {
    return sink -> {
      sink.header(DemoNames.HEADER);
      long n = 1;
      for (String[] r : rows) {
        sink.row(++n, r);
      }
    };
  }

  private static String[] row(String agency, String number, String party, String summary) {
    return new String[] {agency, "行政许可", number, DAY.toString(), party, "法人", "", summary, "依据", ""};
  }

  /** Licences 綦许〔2025〕from号 to to号 of the agency, all for the same party. */
  private static List<String[]> licences(String agency, int from, int to, String party) {
    List<String[]> rows = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      rows.add(row(agency, "綦许〔2025〕" + i + "号", party, "准予"));
    }
    return rows;
  }

  /** Generated licensing decisions numbered from to to (inclusive), of varied parties. */
  private static List<String[]> generated(String agency, int from, int to, Random random) {
    List<String[]> rows = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      rows.add(DemoNames.decision(agency, "綦江", PowerItemKind.LICENSING, DAY.plusDays(i % 200), i, random));
    }
    return rows;
  }

  private DecisionImporter.Result run(Set<String> agencies, List<String[]> rows) throws Exception {
    return importer.run(null, source(rows), new DecisionImporter.Options(agencies, null, LocalDate.now()));
  }

  private long count(String agency) {
    return jdbc.sql("select count(*) from decision where agency_code = ?").param(agency).query(Long.class).single();
  }

  @Test
  void loadsAFirstLoadStraightAndMergesAnAgencyThatHasDecisions() throws Exception {
    String fresh = "500192003";
    String existing = "500192004";
    assertThat(count(fresh)).isZero();
    run(Set.of(existing), List.of(row(existing, "綦许〔2024〕1号", "重庆甲公司", "准予"), row(existing, "綦许〔2024〕2号", "重庆乙公司", "准予")));

    Random random = new Random(7);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i <= 45_000; i++) {
      rows.add(DemoNames.decision(fresh, "綦江", PowerItemKind.values()[random.nextInt(4)] == PowerItemKind.PENALTY ? PowerItemKind.PENALTY
          : PowerItemKind.LICENSING, DAY.plusDays(i % 300), i, random));
    }
    rows.add(row(existing, "綦许〔2024〕1号", "重庆甲公司", "准予"));
    rows.add(row(existing, "綦许〔2024〕2号", "重庆乙公司", "准予（变更）"));
    rows.add(row(existing, "綦许〔2024〕3号", "重庆丙公司", "准予"));
    rows.add(rows.get(30_000).clone());

    DecisionImporter.Result first = run(Set.of(fresh, existing), rows);
    assertThat(first.rejected()).isEqualTo(1);
    assertThat(first.errors().get(0).message()).contains("与第 30002 行重复");
    assertThat(first.inserted()).isEqualTo(45_001);
    assertThat(first.updated()).isEqualTo(1);
    assertThat(first.unchanged()).isEqualTo(1);
    assertThat(count(fresh)).isEqualTo(45_000);
    assertThat(count(existing)).isEqualTo(3);
    assertThat(jdbc.sql("select summary from decision where decision_number = '綦许〔2024〕2号'").query(String.class).single()).isEqualTo("准予（变更）");

    DecisionImporter.Result again = run(Set.of(fresh, existing), rows);
    assertThat(again.inserted()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(45_003);
    assertThat(count(fresh)).isEqualTo(45_000);
  }

  @Test
  void newDecisionsOfAnAgencyWithDecisionsGoInAndAReSentFileWithNewRowsAtItsEndIsMergedExactly() throws Exception {
    String agency = "500192B07";
    Random random = new Random(11);
    List<String[]> first = generated(agency, 1, 70_000, random);
    assertThat(run(Set.of(agency), first).inserted()).isEqualTo(70_000);

    // the daily case: only new keys, several blocks per lane, each probed and sent straight in
    DecisionImporter.Result added = run(Set.of(agency), generated(agency, 70_001, 140_000, random));
    assertThat(added.inserted()).isEqualTo(70_000);
    assertThat(added.updated()).isZero();
    assertThat(count(agency)).isEqualTo(140_000);

    // a re-sent file: stored rows first (the lanes stop probing and stage them), five changed, then new ones
    List<String[]> resent = new ArrayList<>(first);
    for (int i = 0; i < 5; i++) {
      String[] changed = resent.get(i * 10_000).clone();
      changed[7] = changed[7] + "（更正）";
      resent.set(i * 10_000, changed);
    }
    resent.addAll(generated(agency, 140_001, 180_000, random));
    DecisionImporter.Result merged = run(Set.of(agency), resent);
    assertThat(merged.inserted()).isEqualTo(40_000);
    assertThat(merged.updated()).isEqualTo(5);
    assertThat(merged.unchanged()).isEqualTo(69_995);
    assertThat(count(agency)).isEqualTo(180_000);
    assertThat(jdbc.sql("select count(*) from decision where agency_code = ? and summary like '%（更正）'").param(agency)
        .query(Long.class).single()).isEqualTo(5);
  }

  @Test
  void aDecisionNumberWithANulCharacterIsStoredWithoutItAndFoundAgainByALaterImport() throws Exception {
    String agency = "500192B08";
    run(Set.of(agency), List.<String[]>of(row(agency, "綦许〔2025〕1号", "重庆庚公司", "准予")));
    List<String[]> rows = List.<String[]>of(row(agency, "綦许〔2025〕\u00002号", "重庆庚公司", "准予"));
    assertThat(run(Set.of(agency), rows).inserted()).isEqualTo(1);
    DecisionImporter.Result again = run(Set.of(agency), rows);
    assertThat(again.inserted()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from decision where agency_code = ? and decision_number = '綦许〔2025〕2号'").param(agency)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void storesTextExactlyWhateverItsCharacters() throws Exception {
    String agency = "500192002";
    String summary = "第一行\n第二行\t制表\\反斜杠 \"引号\" 生僻字𠀀 \u0000结束";
    List<String[]> rows = List.<String[]>of(
        new String[] {agency, "行政处罚", "綦罚〔2023〕1号", "2023-01-05", "重庆丁公司", "法人及非法人组织", "", summary, "依据", ""});
    importer.run(null, source(rows), new DecisionImporter.Options(Set.of(agency), null, LocalDate.of(2026, 6, 1)));
    var stored = jdbc.sql("select summary, decision_date, withdrawn, withdrawn_at is not null as stamped, party_id from decision where agency_code = ?")
        .param(agency).query().singleRow();
    assertThat(stored.get("summary")).isEqualTo(summary.replace("\u0000", ""));
    assertThat(stored.get("decision_date").toString()).isEqualTo("2023-01-05");
    // a penalty is published for three years: ended by 2026-06-01, so withdrawn at import
    assertThat(stored.get("withdrawn")).isEqualTo(true);
    assertThat(stored.get("stamped")).isEqualTo(true);
    assertThat(stored.get("party_id")).isNull();
  }

  @Test
  void savesNothingWhenTheFileFailsHalfway() throws Exception {
    String agency = "500192001";
    Random random = new Random(3);
    RowSource failing = sink -> {
      sink.header(DemoNames.HEADER);
      for (int i = 1; i <= 30_000; i++) {
        sink.row(i + 1, DemoNames.decision(agency, "綦江", PowerItemKind.LICENSING, DAY, i, random));
      }
      throw new ImportFailure("第 30002 行附近的文件被截断");
    };
    assertThatThrownBy(() -> importer.run(null, failing, new DecisionImporter.Options(Set.of(agency), null, LocalDate.now())))
        .isInstanceOf(ImportFailure.class);
    assertThat(count(agency)).isZero();
    // the agency is not left locked: the next import loads it
    assertThat(run(Set.of(agency), List.<String[]>of(row(agency, "綦许〔2024〕9号", "重庆戊公司", "准予"))).inserted()).isEqualTo(1);
  }

  @Test
  void twoImportsOfTheSameNewAgencyAtOnceStoreEachRowOnce() throws Exception {
    String agency = "500192B05";
    assertThat(count(agency)).isZero();
    List<String[]> a = licences(agency, 1, 3_000, "重庆己公司");
    List<String[]> b = licences(agency, 1_501, 4_500, "重庆己公司");
    CompletableFuture<DecisionImporter.Result> one = CompletableFuture.supplyAsync(() -> quietly(a, agency));
    CompletableFuture<DecisionImporter.Result> two = CompletableFuture.supplyAsync(() -> quietly(b, agency));
    assertThat(one.get().inserted() + two.get().inserted()).isEqualTo(4_500);
    assertThat(one.get().unchanged() + two.get().unchanged()).isEqualTo(1_500);
    assertThat(count(agency)).isEqualTo(4_500);
  }

  @Test
  void twoImportsOfOverlappingRowsOfAnAgencyWithDecisionsAtOnceBothComplete() throws Exception {
    String agency = "500192B02";
    run(Set.of(agency), List.<String[]>of(row(agency, "綦许〔2025〕0号", "重庆辛公司", "准予")));
    List<String[]> a = licences(agency, 1, 3_000, "重庆辛公司");
    List<String[]> b = licences(agency, 1_501, 4_500, "重庆辛公司");
    CompletableFuture<DecisionImporter.Result> one = CompletableFuture.supplyAsync(() -> quietly(a, agency));
    CompletableFuture<DecisionImporter.Result> two = CompletableFuture.supplyAsync(() -> quietly(b, agency));
    assertThat(one.get(60, java.util.concurrent.TimeUnit.SECONDS).inserted() + two.get(60, java.util.concurrent.TimeUnit.SECONDS).inserted())
        .isEqualTo(4_500);
    assertThat(count(agency)).isEqualTo(4_501);
  }

  @Test
  void theNightlyWithdrawalTakesOnlyDecisionsWhosePeriodEnded() throws Exception {
    // two agencies' rows side by side: only the one whose period ended goes
    String expired = "500192B01";
    String current = "500190B05";
    LocalDate today = LocalDate.of(2026, 6, 1);
    // penalties are published for three years
    String[] old = {expired, "行政处罚", "綦罚〔2023〕1号", "2023-05-01", "重庆壬公司", "法人", "", "罚款", "依据", ""};
    String[] valid = {current, "行政处罚", "綦罚〔2026〕7号", "2026-01-05", "重庆癸公司", "法人", "", "罚款", "依据", ""};
    importer.run(null, source(List.<String[]>of(old)), new DecisionImporter.Options(Set.of(expired), null, LocalDate.of(2026, 4, 1)));
    importer.run(null, source(List.<String[]>of(valid)), new DecisionImporter.Options(Set.of(current), null, LocalDate.of(2026, 4, 1)));
    assertThat(jdbc.sql("select count(*) from decision where withdrawn and decision_number = '綦罚〔2023〕1号'").query(Long.class).single())
        .as("still published at import").isZero();
    decisions.withdrawExpired(today);
    assertThat(jdbc.sql("select withdrawn from decision where decision_number = '綦罚〔2023〕1号'").query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select withdrawn from decision where decision_number = '綦罚〔2026〕7号'").query(Boolean.class).single()).isFalse();
  }

  private DecisionImporter.Result quietly(List<String[]> rows, String agency) {
    try {
      return run(Set.of(agency), rows);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
