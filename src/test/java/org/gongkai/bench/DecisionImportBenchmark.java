package org.gongkai.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.CsvSource;
import org.gongkai.decision.internal.DecisionImporter;
import org.gongkai.decision.internal.DemoNames;
import org.gongkai.decision.internal.PublicationPolicy;
import org.postgresql.PGConnection;

/**
 * Decision import benchmark: generates a CSV of N decisions (default 1,000,000), then imports the
 * same file (a) through Gongkai's import path (validation, masking, COPY into staging, upsert into
 * the indexed table) and (b) with a raw PostgreSQL {@code COPY} into a plain table, on one embedded
 * PostgreSQL in the same run, and prints rows/s of both and their ratio.
 *
 * <pre>
 * java -cp ... org.gongkai.bench.DecisionImportBenchmark [rows] [--generate-only file.csv]
 * </pre>
 *
 * {@code --generate-only} writes the data set (e.g. 10,000,000 rows for the city-scale benchmark)
 * and stops.
 */
public final class DecisionImportBenchmark {

  private static final PowerItemKind[] KINDS = {
    PowerItemKind.LICENSING, PowerItemKind.LICENSING, PowerItemKind.OTHER_MANAGEMENT_SERVICE,
    PowerItemKind.OTHER_MANAGEMENT_SERVICE, PowerItemKind.PENALTY, PowerItemKind.COERCION
  };

  private DecisionImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    Path file = null;
    boolean generateOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--generate-only")) {
        generateOnly = true;
        file = Path.of(args[i + 1]);
      }
    }
    List<String[]> agencies = agencies();
    if (file == null) {
      file = Files.createTempFile("decisions-" + rows + "-", ".csv");
    }
    long t0 = System.nanoTime();
    generate(file, rows, agencies);
    System.out.printf("generated %,d rows, %,d MB in %.1f s -> %s%n", rows, Files.size(file) / 1024 / 1024, secs(t0), file);
    if (generateOnly) {
      return;
    }
    // no background vacuum/analyze of one load running during the measurement of the next
    try (BenchPostgres pg = BenchPostgres.start(java.util.Map.of("shared_buffers", "256MB", "max_wal_size", "4GB",
        "autovacuum", "off"))) {
      DataSource ds = pg.dataSource();
      Set<String> codes = new HashSet<>();
      agencies.forEach(a -> codes.add(a[0]));

      Path postmasterPid = pg.postmasterPid();
      System.out.printf("%s; %s%n", Latencies.machine(), Latencies.load());

      // (b) raw COPY of the same file into a plain table
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("create table decision_raw (agency_code text, kind text, decision_number text, decision_date text, party_name text,"
            + " party_type text, party_id text, summary text, legal_basis text, address text)");
        st.execute("checkpoint");
      }
      Cpu before = Cpu.now(postmasterPid);
      long t1 = System.nanoTime();
      long copied;
      try (Connection c = ds.getConnection(); InputStream in = Files.newInputStream(file)) {
        copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY decision_raw FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
      }
      double copySecs = secs(t1);
      Cpu copyCpu = Cpu.now(postmasterPid).minus(before);
      double copyRate = copied / copySecs;
      System.out.printf("raw COPY:        %,d rows in %.1f s = %,.0f rows/s; %s%n", copied, copySecs, copyRate, copyCpu.perRow(copied));
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("checkpoint");
      }

      // (c) raw COPY of the same file into a table with decision's two indexes (same key, same
      // collation, same list index): what the rows cost PostgreSQL once they must be findable
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("create table decision_indexed (agency_code text collate \"C\" not null, kind text collate \"C\" not null,"
            + " decision_number text collate \"C\" not null, decision_date date not null, party_name text, party_type text, party_id text,"
            + " summary text, legal_basis text, address text, withdrawn boolean not null default false,"
            + " primary key (agency_code, decision_number, kind))");
        st.execute("create index on decision_indexed (agency_code, decision_date desc) include (kind, withdrawn)");
        st.execute("checkpoint");
      }
      before = Cpu.now(postmasterPid);
      long t1c = System.nanoTime();
      long copiedIndexed;
      try (Connection c = ds.getConnection(); InputStream in = Files.newInputStream(file)) {
        copiedIndexed = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY decision_indexed (agency_code, kind, decision_number,"
            + " decision_date, party_name, party_type, party_id, summary, legal_basis, address) FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
      }
      double copyIndexedSecs = secs(t1c);
      Cpu copyIndexedCpu = Cpu.now(postmasterPid).minus(before);
      double copyIndexedRate = copiedIndexed / copyIndexedSecs;
      System.out.printf("COPY, indexed:   %,d rows in %.1f s = %,.0f rows/s; %s%n", copiedIndexed, copyIndexedSecs, copyIndexedRate,
          copyIndexedCpu.perRow(copiedIndexed));
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("drop table decision_indexed");
        st.execute("checkpoint");
      }

      // (a) Gongkai's import path, after a warm-up import into another database (a running application
      // has compiled its import code after the first import; a fresh JVM interprets it for a while)
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("create database warmup");
      }
      DataSource warm = pg.dataSource("warmup");
      Flyway.configure().dataSource(warm).locations("classpath:db/migration").load().migrate();
      Path warmFile = Files.createTempFile("decisions-warmup-", ".csv");
      try {
        generate(warmFile, 100_000, agencies);
        try (InputStream in = Files.newInputStream(warmFile)) {
          new DecisionImporter(warm, PublicationPolicy.defaults()).run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
        }
      } finally {
        Files.deleteIfExists(warmFile);
      }
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("checkpoint");
      }
      DecisionImporter importer = new DecisionImporter(ds, PublicationPolicy.defaults());
      before = Cpu.now(postmasterPid);
      long t2 = System.nanoTime();
      long mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      DecisionImporter.Result result;
      try (InputStream in = Files.newInputStream(file)) {
        result = importer.run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
      }
      double importSecs = secs(t2);
      mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu;
      Cpu importCpu = Cpu.now(postmasterPid).minus(before);
      double importRate = result.rows() / importSecs;
      System.out.printf("Gongkai import:  %,d rows (%,d inserted, %,d rejected) in %.1f s = %,.0f rows/s"
              + " (read, validate, COPY %.1f s, merge %.1f s); %s%n",
          result.rows(), result.inserted(), result.rejected(), importSecs, importRate,
          result.streamMillis() / 1e3, result.mergeMillis() / 1e3, importCpu.perRow(result.rows()));
      System.out.printf("  of which the reading thread (parse, validate, mask, format): %.1f s = %.1f us per row%n", mainCpu / 1e9,
          mainCpu / 1e3 / result.rows());
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("checkpoint");
      }

      // a re-run of the same file: every row validated, nothing changes
      before = Cpu.now(postmasterPid);
      long t3 = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        result = importer.run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
      }
      double rerunSecs = secs(t3);
      Cpu rerunCpu = Cpu.now(postmasterPid).minus(before);
      System.out.printf("re-run (merge, unchanged %,d, inserted %,d): %.1f s = %,.0f rows/s (merge %.1f s); %s%n", result.unchanged(),
          result.inserted(), rerunSecs, result.rows() / rerunSecs, result.mergeMillis() / 1e3, rerunCpu.perRow(result.rows()));
      System.out.printf("ratio import/COPY: %.2f (goal >= 0.50); against COPY into the indexed table: %.2f;"
              + " CPU per row: import %.1f us, raw COPY %.1f us, COPY indexed %.1f us; %s%n",
          importRate / copyRate, importRate / copyIndexedRate, importCpu.total() * 1e6 / result.rows(), copyCpu.total() * 1e6 / copied,
          copyIndexedCpu.total() * 1e6 / copiedIndexed, Latencies.load());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** CPU seconds of this JVM and of all PostgreSQL processes (the postmaster and its children). */
  public record Cpu(double jvm, double postgres, java.util.Map<String, Double> byProcess) {
    public static Cpu now(Path postmasterPid) throws IOException {
      java.util.Map<String, Double> by = new java.util.TreeMap<>();
      long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
      double pg = 0;
      try (var procs = Files.list(Path.of("/proc"))) {
        for (Path p : (Iterable<Path>) procs::iterator) {
          String name = p.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          try {
            String stat = Files.readString(p.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(name);
            double cpu = 0;
            if (pid == postmaster) {
              // with the CPU of the ended backends, which the postmaster has reaped
              cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
            } else if (Long.parseLong(f[1]) == postmaster) {
              cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            } else {
              continue;
            }
            pg += cpu;
            String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ').replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\)", "").strip();
            by.merge(pid + " " + (cmd.length() > 50 ? cmd.substring(0, 50) : cmd), cpu, Double::sum);
          } catch (IOException | RuntimeException gone) {
            // the process ended meanwhile
          }
        }
      }
      return new Cpu(Latencies.cpuSeconds(), pg, by);
    }

    Cpu minus(Cpu o) {
      java.util.Map<String, Double> by = new java.util.TreeMap<>();
      byProcess.forEach((k, v) -> {
        double d = v - o.byProcess.getOrDefault(k, 0.0);
        if (d >= 0.05) {
          by.put(k, d);
        }
      });
      return new Cpu(jvm - o.jvm, postgres - o.postgres, by);
    }

    double total() {
      return jvm + postgres;
    }

    String perRow(long rows) {
      return String.format("CPU: JVM %.1f s, PostgreSQL %.1f s = %.1f us per row", jvm, postgres, total() * 1e6 / rows)
          + (Boolean.getBoolean("bench.processes") ? " " + byProcess : "");
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String[]> agencies() throws IOException {
    List<String[]> list = new ArrayList<>();
    try (InputStream in = DecisionImportBenchmark.class.getResourceAsStream("/demo/agencies.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length > 5 && !f[2].equals("GOVERNMENT")) {
          list.add(new String[] {f[0], f[5]});
        }
      }
    }
    return list;
  }

  /** Writes N decisions as CSV (UTF-8, the import template's columns); decision numbers are unique. */
  static void generate(Path file, long rows, List<String[]> agencies) throws IOException {
    Random random = new Random(42);
    LocalDate today = LocalDate.now();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
      w.write(String.join(",", DemoNames.HEADER));
      w.write('\n');
      StringBuilder sb = new StringBuilder(512);
      for (long i = 0; i < rows; i++) {
        String[] agency = agencies.get((int) (i % agencies.size()));
        PowerItemKind kind = KINDS[random.nextInt(KINDS.length)];
        LocalDate date = today.minusDays(1 + random.nextInt(700));
        String[] row = DemoNames.decision(agency[0], agency[1], kind, date, (int) (i + 1), random);
        sb.setLength(0);
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            sb.append(',');
          }
          String v = row[c];
          if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            sb.append(v);
          }
        }
        sb.append('\n');
        w.append(sb);
      }
    }
  }
}
