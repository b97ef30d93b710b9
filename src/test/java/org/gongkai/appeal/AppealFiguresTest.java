package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.report.AppealFigures;
import org.gongkai.report.FigureSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GongkaiTest
class AppealFiguresTest {

  @Autowired AppealFigures figures;
  @Autowired Agencies agencies;
  @Autowired JdbcClient jdbc;

  @Test
  void theWholeCitysSection4Of2020IsTheSeeds() {
    Set<String> city = agencies.tree().subtree("500000").stream().map(Agency::code).collect(Collectors.toSet());
    assertThat(city).hasSize(459);
    FigureSet set = figures.appeals(city, 2020);
    Map<String, int[]> seed = Map.of(
        "reconsideration", new int[] {155, 62, 84, 85},
        "litigationDirect", new int[] {351, 43, 68, 102},
        "litigationAfterReconsideration", new int[] {51, 4, 12, 17});
    String[] columns = {"upheld", "corrected", "other", "pending"};
    seed.forEach((block, cells) -> {
      for (int i = 0; i < 4; i++) {
        String key = "appeals." + block + "." + columns[i];
        assertThat(set.cells().get(key).longValue()).as(key).isEqualTo(cells[i]);
        assertThat(set.sources().get(key)).isEqualTo("records");
      }
    });
  }

  @Test
  void theDemoSpreadsCasesOverTheTreeAndCarriesSomeOverFrom2019() {
    long agenciesWithCases = jdbc.sql("select count(distinct agency_code) from appeal_case").query(Long.class).single();
    assertThat(agenciesWithCases).isGreaterThan(200);
    long carried = jdbc.sql("select count(*) from appeal_case where received_on < '2020-01-01' and decided_on >= '2020-01-01'")
        .query(Long.class).single();
    assertThat(carried).isGreaterThan(50);
    long linked = jdbc.sql("select count(*) from appeal_case where reconsideration_id is not null").query(Long.class).single();
    assertThat(linked).isGreaterThan(20);
    FigureSet y2021 = figures.appeals(agencies.tree().all().stream().map(Agency::code).collect(Collectors.toSet()), 2021);
    assertThat(y2021.cells().get("appeals.reconsideration.upheld").longValue()).isGreaterThan(100);
  }

  @Test
  void theSupervisorsReceivedTwentyComplaintsIn2020AllAnswered() {
    long received = jdbc.sql("select count(*) from complaint where received_on between '2020-01-01' and '2020-12-31'")
        .query(Long.class).single();
    long answered = jdbc.sql(
            "select count(*) from complaint where received_on between '2020-01-01' and '2020-12-31' and state = 'ANSWERED'")
        .query(Long.class).single();
    assertThat(received).isEqualTo(20);
    assertThat(answered).isEqualTo(20);
    long wrongSupervisor = jdbc.sql(
            """
            select count(*) from complaint p join agency a on a.code = p.agency_code join agency s on s.code = p.supervisor_code
            where s.kind <> 'GOVERNMENT' or a.path not like s.path || '%' or a.code = s.code""")
        .query(Long.class).single();
    assertThat(wrongSupervisor).isZero();
  }

  @Test
  void aCaseCountsInTheYearReceivedAndEveryYearItIsStillOpenOn1January() {
    String code = "500243004";
    insert(code, "2022-11-20", "UPHELD", "2023-02-01"); // 2023: upheld; 2024: not counted
    insert(code, "2023-10-01", "CORRECTED", "2024-01-01"); // 2023: pending; 2024: corrected
    insert(code, "2023-12-01", "OTHER", "2025-03-01"); // 2023 and 2024: pending
    insert(code, "2024-05-05", "UPHELD", "2024-12-31"); // 2024: upheld
    insert(code, "2024-12-20", "PENDING", null); // 2024: pending
    insert(code, "2025-01-02", "UPHELD", "2025-02-02"); // not in 2024
    FigureSet y2024 = figures.appeals(Set.of(code), 2024);
    assertThat(y2024.cells().get("appeals.reconsideration.upheld").longValue()).isEqualTo(1);
    assertThat(y2024.cells().get("appeals.reconsideration.corrected").longValue()).isEqualTo(1);
    assertThat(y2024.cells().get("appeals.reconsideration.other").longValue()).isZero();
    assertThat(y2024.cells().get("appeals.reconsideration.pending").longValue()).isEqualTo(2);
    FigureSet y2023 = figures.appeals(Set.of(code), 2023);
    assertThat(y2023.cells().get("appeals.reconsideration.upheld").longValue()).isEqualTo(1);
    assertThat(y2023.cells().get("appeals.reconsideration.pending").longValue()).isEqualTo(2);
    assertThat(figures.appeals(Set.of(), 2024).cells().get("appeals.litigationDirect.pending").longValue()).isZero();
  }

  private void insert(String code, String received, String result, String decided) {
    jdbc.sql("insert into appeal_case (kind, agency_code, applicant_name, received_on, deciding_body, result, decided_on)"
            + " values ('RECONSIDERATION', ?, '测试申请人', ?, '测试复议机关', ?, ?)")
        .params(code, LocalDate.parse(received), result, decided == null ? null : LocalDate.parse(decided))
        .update();
  }
}
