package org.gongkai.bench;

import java.util.Arrays;
import org.gongkai.report.model.Report;
import org.gongkai.report.parse.ReportFiles;
import org.gongkai.report.parse.ReportParser;
import org.gongkai.report.parse.SeedReports;
import org.junit.jupiter.api.Test;

/**
 * Validation time of the seed report (read + parse + cross-checks), warm. Run with
 * {@code mvn -o test -Dtest=ReportValidationBenchmark -Dsurefire.excludes=none}; the goal is well
 * under 200 ms per report.
 */
class ReportValidationBenchmark {

  @Test
  void validatesTheSeedReport() {
    byte[] seed = SeedReports.chongqing2020Bytes();
    long coldStart = System.nanoTime();
    Report first = ReportParser.parse(ReportFiles.read(seed, "seed.txt"));
    double cold = (System.nanoTime() - coldStart) / 1e6;
    for (int i = 0; i < 500; i++) {
      ReportParser.parse(ReportFiles.read(seed, "seed.txt"));
    }
    int runs = 1000;
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      ReportParser.parse(ReportFiles.read(seed, "seed.txt"));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("seed validation: cold %.1f ms; warm median %.3f ms, p95 %.3f ms, max %.3f ms over %d runs (%d violations)%n",
        cold, ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1], runs, first.violations().size());
  }
}
