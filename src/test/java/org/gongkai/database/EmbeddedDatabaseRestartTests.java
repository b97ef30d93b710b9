package org.gongkai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.Gongkai;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data in the data directory across a restart of the app. */
class EmbeddedDatabaseRestartTests {

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
    Path dataDir = Files.createTempDirectory("gongkai-restart");
    String[] args = {
      "--gongkai.data-dir=" + dataDir, "--gongkai.demo=false", "--server.port=0", "--gongkai.embedded-fsync=true",
      "--gongkai.security.initial-admin-password=Restart-Test-Password-1"
    };
    try (ConfigurableApplicationContext first = new SpringApplicationBuilder(Gongkai.class).run(args)) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      // Flyway migrated the empty database, and the first start created the root agency and the administrator
      assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single()).isPositive();
      assertThat(jdbc.sql("select count(*) from staff_account where username = 'admin'").query(Long.class).single()).isEqualTo(1);
      jdbc.sql("update agency set head = '重启前写入' where code = '500000'").update();
    }
    assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Gongkai.class).run(args)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select head from agency where code = '500000'").query(String.class).single()).isEqualTo("重启前写入");
      assertThat(jdbc.sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(1);
    }
  }
}
