package org.gongkai.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A throw-away embedded PostgreSQL for a benchmark run: a fresh data directory in the temp folder,
 * Gongkai's Flyway migrations applied, everything deleted on {@link #close()}.
 */
final class BenchPostgres implements AutoCloseable {

  private final Path dataDir;
  private final EmbeddedPostgres postgres;

  private BenchPostgres(Path dataDir, EmbeddedPostgres postgres) {
    this.dataDir = dataDir;
    this.postgres = postgres;
  }

  /** Starts the server with the given settings (e.g. {@code shared_buffers}) and migrates it. */
  static BenchPostgres start(Map<String, String> settings) throws IOException {
    Path dataDir = Files.createTempDirectory("bench-pg");
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir.resolve("data"))
        .setOverrideWorkingDirectory(dataDir.toFile())
        .setPGStartupWait(java.time.Duration.ofSeconds(120));
    settings.forEach(builder::setServerConfig);
    BenchPostgres pg = new BenchPostgres(dataDir, builder.start());
    Flyway.configure().dataSource(pg.dataSource()).locations("classpath:db/migration").load().migrate();
    return pg;
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** A database other than {@code postgres} on the same server (it must exist). */
  DataSource dataSource(String database) {
    return postgres.getDatabase("postgres", database);
  }

  /** The server's pid file, to read the CPU time of its processes. */
  Path postmasterPid() {
    return dataDir.resolve("data").resolve("postmaster.pid");
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    // the server gets 5 s to stop: write the dirty buffers first, or a loaded machine misses that
    try (java.sql.Connection c = dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("checkpoint");
    } catch (java.sql.SQLException e) {
      System.err.println("checkpoint before stopping PostgreSQL failed: " + e.getMessage());
    }
    try {
      postgres.close();
    } finally {
      try (Stream<Path> paths = Files.walk(dataDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
