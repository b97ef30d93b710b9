package org.gongkai.report.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportScope;
import org.gongkai.report.model.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo: the city's published report on 2020 — the narrative of the real report (the seed) with the
 * tables compiled from the demo records, which reproduce the published figures.
 */
@Component
@Order(90)
class DemoAnnualReports implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAnnualReports.class);

  private final JdbcClient jdbc;
  private final AnnualReports reports;
  private final boolean enabled;

  DemoAnnualReports(JdbcClient jdbc, AnnualReports reports, @Value("${gongkai.demo:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!enabled || jdbc.sql("select count(*) from annual_report").query(Long.class).single() > 0
        || jdbc.sql("select count(*) from agency where code = '500000'").query(Long.class).single() == 0) {
      return;
    }
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/demo/report/chongqing-2020-annual-report.txt")) {
      if (in == null) {
        return;
      }
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long start = System.nanoTime();
    Report tables = reports.compile("500000", 2020, ReportScope.SUBTREE, ReportFormat.F2019);
    jdbc.sql("insert into annual_report (agency_code, year, format, scope, status, overview, problems, other_matters,"
            + " tables_json, submitted_at, submitted_by, published_at, published_by)"
            + " values ('500000', 2020, '2019', 'subtree', 'PUBLISHED', :o, :p, :m, :t,"
            + " timestamptz '2021-03-20 10:00+08', 'demo', timestamptz '2021-03-31 09:00+08', 'demo')")
        .param("o", between(seed, "一、总体情况", "二、主动公开政府信息情况"))
        .param("p", between(seed, "五、存在的主要问题及改进情况", "六、其他需要报告的事项"))
        .param("m", between(seed, "六、其他需要报告的事项", null))
        .param("t", FrozenTables.freeze(tables))
        .update();
    log.info("Demo: published 重庆市2020年政府信息公开工作年度报告 (compiled in {} ms)", (System.nanoTime() - start) / 1_000_000);
  }

  private static String between(String text, String from, String to) {
    int a = text.indexOf(from);
    if (a < 0) {
      return null;
    }
    a += from.length();
    int b = to == null ? text.length() : text.indexOf(to, a);
    String s = text.substring(a, b < 0 ? text.length() : b).replaceAll("\\[bookmark:[^\\]]*\\]", "");
    return s.strip();
  }
}
