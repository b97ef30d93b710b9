package org.gongkai.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.gongkai.search.SearchDocument;
import org.postgresql.PGConnection;

/**
 * The 50 queries over HTTP ({@code GET /api/v1/search}) against a running application, and the
 * naive alternative: PostgreSQL {@code ILIKE '%…%'} over a table holding the same documents.
 *
 * <p>Arguments: base URL (default http://localhost:8096; "-" skips the Java HTTP client; "--paths"
 * only prints the 50 request paths for wrk), JDBC URL of a PostgreSQL (default the app's embedded
 * server on port 54396; "-" skips ILIKE), number of documents for the ILIKE table (default
 * 200,000), threads (8), HTTP rounds (10).
 */
public final class SearchHttpBench {

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8096";
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:54396/postgres?user=postgres";
    int n = args.length > 2 ? Integer.parseInt(args[2].replace("_", "")) : 200_000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    List<String> queries = SyntheticDocuments.queries();

    if ("--paths".equals(base)) {
      // the request paths of the 50 queries, one a line, for wrk (bench/search-queries.lua)
      for (String q : queries) {
        System.out.println("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      }
      return;
    }
    System.out.println("Search HTTP/ILIKE benchmark, " + LocalDateTime.now() + ", " + Latencies.machine());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    // "-" leaves the Java client out (bench/search.sh measures HTTP with wrk, which costs the machine less)
    if (!"-".equals(base)) Latencies.measure("HTTP GET /api/v1/search (Java client)", queries, threads, rounds, q -> {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
    });

    if ("-".equals(jdbc)) {
      return;
    }
    try (Connection c = DriverManager.getConnection(jdbc)) {
      prepareTable(c, n);
    }
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(threads);
    for (int i = 0; i < threads; i++) {
      pool.add(DriverManager.getConnection(jdbc));
    }
    // a scan of every row per call: at 1,000,000 rows all 50 queries from 8 threads take too long
    List<String> ilikeQueries = queries.subList(0, Math.min(queries.size(), Integer.getInteger("ilike.queries", queries.size())));
    Latencies.measure("PostgreSQL ILIKE (top 10 + count)", ilikeQueries, threads, 1, false, q -> {
      Connection c = pool.take();
      try {
        ilike(c, q);
      } finally {
        pool.add(c);
      }
    });
    for (Connection c : pool) {
      c.close();
    }
  }

  static void ilike(Connection c, String q) throws Exception {
    List<String> terms = new ArrayList<>();
    for (String t : q.replace("\"", " ").split("\\s+")) {
      if (!t.isBlank()) {
        terms.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    StringBuilder where = new StringBuilder("true");
    for (int i = 0; i < terms.size(); i++) {
      where.append(" and (title ilike ? or body ilike ? or document_number ilike ?)");
    }
    for (String sql : List.of(
        "select id, title from bench_search_items where " + where + " order by published_on desc, id desc limit 10",
        "select count(*) from bench_search_items where " + where)) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int k = 1;
        for (String t : terms) {
          ps.setString(k++, t);
          ps.setString(k++, t);
          ps.setString(k++, t);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getLong(1);
          }
        }
      }
    }
  }

  static void prepareTable(Connection c, int n) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_search_items (id bigint primary key, title text, body text, document_number text, "
          + "agency_path text, published_on date)");
      try (ResultSet rs = s.executeQuery("select count(*) from bench_search_items")) {
        rs.next();
        if (rs.getLong(1) == n) {
          System.out.printf("bench_search_items holds %,d rows%n", n);
          return;
        }
      }
      s.execute("truncate bench_search_items");
    }
    long t0 = System.nanoTime();
    SyntheticDocuments docs = new SyntheticDocuments(n);
    StringBuilder batch = new StringBuilder();
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (int i = 0; i < n; i++) {
      SearchDocument d = docs.document(i);
      batch.append(d.id()).append('\t').append(esc(d.title())).append('\t').append(esc(d.body())).append('\t')
          .append(d.documentNumber() == null ? "\\N" : esc(d.documentNumber())).append('\t').append(d.agencyPath()).append('\t')
          .append(d.publishedOn()).append('\n');
      if (i % 10_000 == 9_999 || i == n - 1) {
        copy.copyIn("copy bench_search_items from stdin", new StringReader(batch.toString()));
        batch.setLength(0);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("analyze bench_search_items");
    }
    System.out.printf("loaded %,d rows into bench_search_items in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
  }
}
