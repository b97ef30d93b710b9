package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.GongkaiTest;
import org.gongkai.report.model.Report;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.report.parse.ReportParser;
import org.gongkai.report.parse.SeedReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Acceptance test 1 of issue 5: compiling 重庆市 (subtree) for 2020 from the demo data gives the seed's figures. */
@GongkaiTest
class SeedCompilationTest {

  @Autowired AnnualReports reports;

  @Test
  void compilingTheCityFor2020ReproducesEveryFigureOfTheSeed() {
    Report seed = ReportParser.parse(ReportFiles.read(SeedReports.chongqing2020Bytes(), "seed.txt"));
    Report compiled = reports.compile("500000", 2020, ReportScope.SUBTREE, ReportFormat.F2019);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Number> cell : seed.cells().entrySet()) {
      Number got = compiled.get(cell.getKey());
      if (got == null || new java.math.BigDecimal(got.toString()).compareTo(new java.math.BigDecimal(cell.getValue().toString())) != 0) {
        differences.add(cell.getKey() + ": seed " + cell.getValue() + ", compiled " + got);
      }
    }
    assertThat(compiled.violations()).isEmpty();
    assertThat(differences).as("cells that differ from the seed").isEmpty();
  }
}
