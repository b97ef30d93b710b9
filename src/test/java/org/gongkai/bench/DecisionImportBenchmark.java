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
    try (BenchPostgres pg = BenchPostgres.start(java.util.Map.of("shared_buffers", "256MB", "max_wal_size", "4GB"))) {
      DataSource ds = pg.dataSource();
      Set<String> codes = new HashSet<>();
      agencies.forEach(a -> codes.add(a[0]));

      // (b) raw COPY of the same file into a plain table
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("create table decision_raw (agency_code text, kind text, decision_number text, decision_date text, party_name text,"
            + " party_type text, party_id text, summary text, legal_basis text, address text)");
      }
      long t1 = System.nanoTime();
      long copied;
      try (Connection c = ds.getConnection(); InputStream in = Files.newInputStream(file)) {
        copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY decision_raw FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
      }
      double copySecs = secs(t1);
      double copyRate = copied / copySecs;
      System.out.printf("raw COPY:        %,d rows in %.1f s = %,.0f rows/s%n", copied, copySecs, copyRate);

      // (a) Gongkai's import path
      DecisionImporter importer = new DecisionImporter(ds, PublicationPolicy.defaults());
      long t2 = System.nanoTime();
      DecisionImporter.Result result;
      try (InputStream in = Files.newInputStream(file)) {
        result = importer.run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
      }
      double importSecs = secs(t2);
      double importRate = result.rows() / importSecs;
      System.out.printf("Gongkai import:  %,d rows (%,d inserted, %,d rejected) in %.1f s = %,.0f rows/s"
              + " (validate+COPY to staging %.1f s, upsert %.1f s)%n",
          result.rows(), result.inserted(), result.rejected(), importSecs, importRate,
          result.streamMillis() / 1e3, result.mergeMillis() / 1e3);

      // a re-run of the same file: every row validated, nothing changes
      long t3 = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        result = importer.run(null, new CsvSource(in), new DecisionImporter.Options(codes, null, LocalDate.now()));
      }
      double rerunSecs = secs(t3);
      System.out.printf("re-run (upsert, unchanged %,d): %.1f s = %,.0f rows/s%n", result.unchanged(), rerunSecs, result.rows() / rerunSecs);
      System.out.printf("ratio import/COPY: %.2f (goal >= 0.50)%n", importRate / copyRate);
    } finally {
      Files.deleteIfExists(file);
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
