package org.gongkai.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the JVM when no {@code spring.datasource.url} is configured. Its data
 * directory lives under the platform's data directory, so data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DataDirectoryProperties properties) throws IOException {
    Path dataDir = properties.dataDir().toAbsolutePath().normalize();
    Path pgData = dataDir.resolve("postgres");
    Path work = dataDir.resolve("postgres-bin");
    Files.createDirectories(pgData);
    Files.createDirectories(work);
    long started = System.nanoTime();
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(work.toFile())
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("fsync", properties.embeddedFsync() ? "on" : "off");
    if (properties.embeddedPort() > 0) {
      builder.setPort(properties.embeddedPort());
    }
    EmbeddedPostgres postgres = builder.start();
    log.info(
        "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
        postgres.getPort(),
        pgData,
        (System.nanoTime() - started) / 1_000_000);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres, DataDirectoryProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(properties.poolSize());
    config.setPoolName("gongkai-embedded");
    return new HikariDataSource(config);
  }

  static class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
