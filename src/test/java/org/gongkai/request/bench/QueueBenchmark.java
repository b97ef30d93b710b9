package org.gongkai.request.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff queue with 500,000 requests in the database: p50/p95 of the page for a supervisor of the
 * whole city and for a district clerk, per view, and of a page without the queue query (the limit of
 * the web stack in the same run). Not part of the suite (bench/ is excluded from surefire); run with
 * {@code bench/request-queue.sh} or {@code mvn -o test -Dtest=QueueBenchmark} ({@code -Dtest}
 * overrides the excludes). {@code -Dbench.requests=N}, {@code -Dbench.rounds=N} and {@code -Dbench.warmup-seconds=N} change the sizes.
 */
@GongkaiTest
class QueueBenchmark {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  static final int REQUESTS = Integer.getInteger("bench.requests", 500_000);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 60);

  @Test
  void queuePageWithHalfAMillionRequests() throws Exception {
    long t0 = System.currentTimeMillis();
    jdbc.sql("""
        with codes as (select array_agg(code order by code) as c from agency where accepts_requests)
        insert into disclosure_request (tracking_number, query_code_hash, agency_code, channel, received_on, applicant_type,
          applicant_name, id_number, description, format, delivery, status, outcome, closed_on, replied_on, due_date,
          next_deadline, due_explanation)
        select 'BENCH-' || g, 'x', codes.c[1 + g % array_length(codes.c, 1)], 'ONLINE', date '2022-01-03' + (g % 1400),
          'NATURAL_PERSON', '测试', '110105194912310021', '基准测试申请的内容描述', 'ELECTRONIC', 'ONLINE',
          case when g % 100 = 0 then 'UNDER_REVIEW' else 'DELIVERED' end,
          case when g % 100 = 0 then null else 'GRANTED' end,
          case when g % 100 = 0 then null else date '2022-01-03' + (g % 1400) + 12 end,
          case when g % 100 = 0 then null else date '2022-01-03' + (g % 1400) + 12 end,
          date '2022-01-03' + (g % 1400) + 28, date '2022-01-03' + (g % 1400) + 28, '基准测试'
        from generate_series(1, :n) g, codes""").param("n", REQUESTS).update();
    // what autovacuum does after a bulk load: statistics and the visibility map (index-only counts)
    jdbc.sql("vacuum analyze disclosure_request").update();
    long total = jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
    System.out.printf("BENCH inserted %d, %d requests in total, %d ms; %d cores, load average %.1f%n", REQUESTS, total,
        System.currentTimeMillis() - t0, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    RequestPostProcessor city = accounts.as("500000", "SUPERVISOR");
    RequestPostProcessor district = accounts.as("500101", "SUPERVISOR");
    RequestPostProcessor clerk = accounts.as("500101", "CLERK");
    Map<String, Map.Entry<RequestPostProcessor, String>> views = new LinkedHashMap<>();
    views.put("reference: /admin/password (same stack, no queue query)", Map.entry(clerk, "/admin/password"));
    views.put("supervisor 500000, open, by deadline", Map.entry(city, "/admin/requests"));
    views.put("supervisor 500000, all, by date", Map.entry(city, "/admin/requests?view=all"));
    views.put("supervisor 500000, overdue", Map.entry(city, "/admin/requests?due=overdue"));
    views.put("supervisor 500000, all, applicant type 商业企业", Map.entry(city, "/admin/requests?view=all&applicantType=COMMERCIAL_ENTERPRISE"));
    views.put("supervisor 500000, all, status WITHDRAWN", Map.entry(city, "/admin/requests?view=all&status=WITHDRAWN"));
    views.put("supervisor 500101, all, page 20", Map.entry(district, "/admin/requests?view=all&page=20"));
    views.put("clerk 500101, all", Map.entry(clerk, "/admin/requests?view=all"));
    views.put("clerk 500101, status DELIVERED", Map.entry(clerk, "/admin/requests?view=all&status=DELIVERED"));
    views.put("supervisor 500101, XLSX export of all (~2.4% of rows)", Map.entry(district, "/admin/requests.xlsx?view=all"));
    // warm-up over all views (JIT, caches; lets the demo loaders' background work finish)
    long warmUntil = System.currentTimeMillis() + WARMUP_SECONDS * 1000L;
    int cycles = 0;
    while (cycles < 3 || System.currentTimeMillis() < warmUntil) {
      for (var view : views.values()) {
        mvc.perform(get(view.getValue()).with(view.getKey())).andExpect(status().isOk());
      }
      cycles++;
    }
    System.out.printf("BENCH warm-up: %d cycles over all views; load average %.1f%n", cycles,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (var view : views.entrySet()) {
      measure(view.getKey(), view.getValue().getKey(), view.getValue().getValue());
    }
  }

  void measure(String name, RequestPostProcessor who, String url) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      long s = System.nanoTime();
      mvc.perform(get(url).with(who)).andExpect(status().isOk());
      times.add((System.nanoTime() - s) / 1_000_000);
    }
    Collections.sort(times);
    int n = times.size();
    System.out.printf("BENCH %-55s p50 %5d ms   p95 %5d ms   max %5d ms   (%d calls)%n", name + ":", times.get(n / 2),
        times.get(Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)), times.get(n - 1), n);
  }
}
