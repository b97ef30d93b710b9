package org.gongkai.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import org.gongkai.decision.PowerItemKind;
import org.gongkai.decision.internal.CsvSource;
import org.gongkai.decision.internal.DecisionImporter;
import org.gongkai.decision.internal.DemoNames;
import org.gongkai.decision.internal.PublicationPolicy;
import org.postgresql.PGConnection;

/**
 * Decision import benchmark: generates a CSV of N decisions (default 1,000,000), then on one embedded
 * PostgreSQL in the same run loads the same file (b) with a raw {@code COPY} into a plain table,
 * (c)–(e) with a raw {@code COPY} into tables with decision's two indexes, its natural key alone and
 * its list index alone, and (a) through Gongkai's import path (validation, masking, COPY lanes into
 * {@code decision}); (b) and (a) {@link #ROUNDS} times each, compared by their medians; then a
 * re-run of the file (everything merged, nothing changes).
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
      // Everything measured goes through a connection pool like the application's (HikariCP, as many
      // connections as gongkai.pool-size by default): its backends live on between operations. A new
      // backend pays a page fault the first time it touches each 4 KB page of the shared buffers —
      // about 2 s of CPU for the two lanes of an import on this virtual machine — which the running
      // application pays once per connection, not per import (printed below with the warm-up).
      try (HikariDataSource ds = pool(pg.dataSource())) {
        measure(ds, new Backends(pg.postmasterPid(), ds.getMaximumPoolSize()), file, rows, agencies);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** (a)–(f) on the pool's connections. */
  private static void measure(HikariDataSource ds, Backends backends, Path file, long rows, List<String[]> agencies) throws Exception {
    System.out.printf("%s; %s%n", Latencies.machine(), Latencies.load());
    Set<String> codes = new HashSet<>();
    agencies.forEach(a -> codes.add(a[0]));

    // (c) raw COPY of the same file into a table with decision's two indexes (same key, same
    // collation, same list index): what the rows cost PostgreSQL once they must be findable
    Copy indexed = copy(ds, backends, file, "COPY, indexed:", "copy_indexed", TYPED, KEY_INDEX, LIST_INDEX);
    double copyIndexedRate = indexed.rate();
    // (d), (e) the same with one of the two indexes: what each costs COPY on its own
    Copy keyOnly = copy(ds, backends, file, "COPY, key only:", "copy_key", TYPED, KEY_INDEX);
    Copy listOnly = copy(ds, backends, file, "COPY, list only:", "copy_list", TYPED, LIST_INDEX);

    // (a) Gongkai's import path, after a warm-up import of the same file (a running application has
    // compiled its import code, and its pooled connections have been used; a fresh JVM interprets
    // the code for a while): the warm-up's figure is that of a first import after start
    DecisionImporter importer = new DecisionImporter(ds, PublicationPolicy.defaults());
    Imported warmUp = importOnce(importer, ds, backends, file, codes);
    System.out.printf("warm-up, a first import after start (code not yet compiled, new connections): %.1f s = %,.0f rows/s; %s%n",
        warmUp.secs(), warmUp.rate(), warmUp.cpu().perRow(warmUp.result().rows()));
    // (b) raw COPY of the same file into a plain table, the limit, and (a) the import, taking turns:
    // a COPY of 1,000,000 rows takes about 3 s and varied between 2.5 and 4.3 s from run to run on
    // this machine, so each is measured ROUNDS times, alternately (the same conditions for both), and
    // every ratio is taken between their medians
    List<Copy> raws = new ArrayList<>();
    List<Imported> imports = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      raws.add(copy(ds, backends, file, "raw COPY " + round + ":", "decision_raw", "(agency_code text, kind text,"
          + " decision_number text, decision_date text, party_name text, party_type text, party_id text, summary text, legal_basis text,"
          + " address text)"));
      Imported imported = importOnce(importer, ds, backends, file, codes);
      System.out.printf("Gongkai import %d: %,d rows (%,d inserted, %,d rejected) in %.1f s = %,.0f rows/s; %s;"
              + " reading thread (parse, validate, mask, encode) %.1f s%n",
          round, imported.result().rows(), imported.result().inserted(), imported.result().rejected(), imported.secs(), imported.rate(),
          imported.cpu().perRow(imported.result().rows()), imported.readingCpu());
      imports.add(imported);
    }
    Copy raw = median(raws, Copy::rate);
    double copyRate = raw.rate();
    Imported imported = median(imports, Imported::rate);
    double importRate = imported.rate();
    Cpu importCpu = imported.cpu();
    System.out.printf("medians of %d: raw COPY %,.0f rows/s, Gongkai import %,.0f rows/s%n", ROUNDS, copyRate, importRate);

    // a re-run of the same file: every row validated, nothing changes
    Imported rerun = timedImport(importer, ds, backends, file, codes);
    DecisionImporter.Result result = rerun.result();
    System.out.printf("re-run (merge, unchanged %,d, inserted %,d): %.1f s = %,.0f rows/s (merge %.1f s); %s%n", result.unchanged(),
        result.inserted(), rerun.secs(), rerun.rate(), result.mergeMillis() / 1e3, rerun.cpu().perRow(result.rows()));
    // (f) the daily case: a second file of as many new decisions (numbers after the first file's) for
    // the same agencies, which now have decisions: their keys are probed, not a first load
    Path next = Files.createTempFile("decisions-next-" + rows + "-", ".csv");
    try {
      generate(next, rows, agencies, rows + 1);
      Imported added = timedImport(importer, ds, backends, next, codes);
      System.out.printf("new rows for agencies with decisions (keys probed, then COPY; inserted %,d): %.1f s = %,.0f rows/s (merge %.1f s),"
              + " %.2f of raw COPY's rate; %s%n",
          added.result().inserted(), added.secs(), added.rate(), added.result().mergeMillis() / 1e3, added.rate() / copyRate,
          added.cpu().perRow(added.result().rows()));
    } finally {
      Files.deleteIfExists(next);
    }
    System.out.printf("ratio import/COPY: %.2f (goal >= 0.50); against COPY into the indexed table: %.2f;"
            + " CPU per row: import %.1f us, raw COPY %.1f us, COPY indexed %.1f us; %s%n",
        importRate / copyRate, importRate / copyIndexedRate, importCpu.total() * 1e6 / imported.result().rows(), raw.cpu().total() * 1e6 / raw.rows(),
        indexed.cpu().total() * 1e6 / indexed.rows(), Latencies.load());
    System.out.printf("of raw COPY's rate: COPY with the natural key alone %.2f, with the list index alone %.2f, with both %.2f;"
            + " Gongkai import with both %.2f%n",
        keyOnly.rate() / copyRate, listOnly.rate() / copyRate, copyIndexedRate / copyRate, importRate / copyRate);
  }

  /** CPU seconds of this JVM and of all PostgreSQL processes (the postmaster and its children). */
  public record Cpu(double jvm, double postgres, java.util.Map<String, Double> byProcess) {
    /**
     * Children of the postmaster other than its auxiliary processes: backends, also those that are
     * ending (whose command line is already empty).
     */
    static int clientBackends(long postmaster) throws IOException {
      int[] n = {0};
      eachProcess((pid, stat, dir) -> {
        if (Long.parseLong(stat[1]) == postmaster && !Files.readString(dir.resolve("cmdline")).matches(
            "(?s)postgres: (checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher).*")) {
          n[0]++;
        }
      });
      return n[0];
    }

    /** A process seen in /proc: its pid, the fields of its stat after the command, its directory. */
    interface ProcessVisitor {
      void visit(long pid, String[] stat, Path dir) throws IOException;
    }

    /** Calls the visitor for every process; a process that ends meanwhile is skipped. */
    private static void eachProcess(ProcessVisitor visitor) throws IOException {
      try (var procs = Files.list(Path.of("/proc"))) {
        for (Path p : (Iterable<Path>) procs::iterator) {
          String name = p.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          try {
            String stat = Files.readString(p.resolve("stat"));
            visitor.visit(Long.parseLong(name), stat.substring(stat.lastIndexOf(')') + 2).split(" "), p);
          } catch (IOException | RuntimeException gone) {
            // the process ended meanwhile
          }
        }
      }
    }

    public static Cpu now(Path postmasterPid) throws IOException {
      java.util.Map<String, Double> by = new java.util.TreeMap<>();
      long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
      double[] pg = {0};
      eachProcess((pid, f, dir) -> {
        double cpu;
        if (pid == postmaster) {
          // with the CPU of the ended backends, which the postmaster has reaped
          cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } else if (Long.parseLong(f[1]) == postmaster) {
          cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } else {
          return;
        }
        pg[0] += cpu;
        String cmd = Files.readString(dir.resolve("cmdline")).replace('\0', ' ').replaceAll("\\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\)", "").strip();
        by.merge(pid + " " + (cmd.length() > 50 ? cmd.substring(0, 50) : cmd), cpu, Double::sum);
      });
      return new Cpu(Latencies.cpuSeconds(), pg[0], by);
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

  /** The typed columns of decision that the file has, with its collation on the key columns. */
  private static final String TYPED = "(agency_code text collate \"C\" not null, kind text collate \"C\" not null,"
      + " decision_number text collate \"C\" not null, decision_date date not null, party_name text, party_type text, party_id text,"
      + " summary text, legal_basis text, address text, withdrawn boolean not null default false)";
  private static final String KEY_INDEX = "create unique index on %s (agency_code, decision_number, kind)";
  private static final String LIST_INDEX = "create index on %s (agency_code, decision_date desc) include (kind, withdrawn)";

  /** Rounds of the raw COPY and of the import; ratios are taken between their medians. */
  private static final int ROUNDS = Integer.getInteger("rounds", 5);

  /**
   * The server's processes, and how many client backends are the pool's (they stay).
   */
  record Backends(Path postmasterPid, int pooled) {
    /**
     * The CPU so far, read after an operation whose connections have just closed: waits until the
     * backends other than the pool's have ended and the postmaster has reaped them (their CPU moves
     * into its children's CPU only then; read at once, a closed connection's whole CPU could be missed).
     */
    Cpu cpu() throws IOException {
      long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (System.nanoTime() < deadline && Cpu.clientBackends(postmaster) > pooled) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return Cpu.now(postmasterPid);
    }
  }

  /** A pool like the application's (gongkai.pool-size connections, kept open), filled before it is used. */
  private static HikariDataSource pool(DataSource server) throws InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(server);
    config.setMaximumPoolSize(20);
    config.setPoolName("bench");
    HikariDataSource pool = new HikariDataSource(config);
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (pool.getHikariPoolMXBean().getTotalConnections() < pool.getMaximumPoolSize() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return pool;
  }

  /** Empties decision, then imports the file once, timed; prints nothing. */
  private static Imported importOnce(DecisionImporter importer, DataSource ds, Backends backends, Path file, Set<String> codes)
      throws Exception {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("truncate decision");
    }
    return timedImport(importer, ds, backends, file, codes);
  }

  /** Imports the file once into decision as it is, after a checkpoint, timed; prints nothing. */
  private static Imported timedImport(DecisionImporter importer, DataSource ds, Backends backends, Path file, Set<String> codes)
      throws Exception {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("checkpoint");
    }
    Cpu before = backends.cpu();
    long t = System.nanoTime();
    long reading = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    DecisionImporter.Result result;
    try (InputStream in = Files.newInputStream(file)) {
      result = importer.run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
    }
    double secs = secs(t);
    reading = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - reading;
    return new Imported(result, secs, backends.cpu().minus(before), reading / 1e9);
  }

  /** One timed import of the whole file; {@code readingCpu}: of the thread that parses, validates, masks and encodes. */
  record Imported(DecisionImporter.Result result, double secs, Cpu cpu, double readingCpu) {
    double rate() {
      return result.rows() / secs;
    }
  }

  /** The middle one by the given figure (the higher middle one of an even number). */
  static <T> T median(List<T> runs, java.util.function.ToDoubleFunction<T> figure) {
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(figure));
    return sorted.get(sorted.size() / 2);
  }

  /** One timed COPY of the whole file. */
  record Copy(long rows, double secs, Cpu cpu) {
    double rate() {
      return rows / secs;
    }
  }

  /**
   * COPYs the file (CSV, as it is) into a new table {@code name} with the given columns and index
   * statements; prints and returns the figures. The table is dropped afterwards, each run starts
   * after a checkpoint.
   */
  private static Copy copy(DataSource ds, Backends backends, Path file, String label, String name, String columns, String... indexes)
      throws IOException, java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("create table " + name + " " + columns);
      for (String index : indexes) {
        st.execute(index.formatted(name));
      }
      st.execute("checkpoint");
    }
    Cpu before = backends.cpu();
    long t = System.nanoTime();
    long rows;
    try (Connection c = ds.getConnection(); InputStream in = Files.newInputStream(file)) {
      rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + " (agency_code, kind, decision_number, decision_date,"
          + " party_name, party_type, party_id, summary, legal_basis, address) FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
    }
    double secs = secs(t);
    Cpu cpu = backends.cpu().minus(before);
    System.out.printf("%-16s %,d rows in %.1f s = %,.0f rows/s; %s%n", label, rows, secs, rows / secs, cpu.perRow(rows));
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("drop table " + name);
      st.execute("checkpoint");
    }
    return new Copy(rows, secs, cpu);
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
    generate(file, rows, agencies, 1);
  }

  /** The same, decision numbers counting from {@code firstNumber} (dates and parties from the same seed). */
  static void generate(Path file, long rows, List<String[]> agencies, long firstNumber) throws IOException {
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
        String[] row = DemoNames.decision(agency[0], agency[1], kind, date, (int) (i + firstNumber), random);
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
