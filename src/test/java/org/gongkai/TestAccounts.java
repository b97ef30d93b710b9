package org.gongkai;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates staff accounts for tests, straight in the database, and signs them in for MockMvc.
 * Every account gets a unique name, so tests sharing the database do not collide.
 */
@TestComponent
public class TestAccounts {

  /** The password of every account made here. */
  public static final String PASSWORD = "Test-Password-2026";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcClient jdbc;
  private final UserDetailsService users;
  private final String hash;

  TestAccounts(JdbcClient jdbc, UserDetailsService users, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.users = users;
    this.hash = encoder.encode(PASSWORD);
  }

  /** Creates an account of the agency with the roles (ADMIN, SUPERVISOR, CLERK, REVIEWER); returns its username. */
  public String create(String agencyCode, String... roles) {
    String username = "t" + System.nanoTime() % 1_000_000 + "_" + SEQUENCE.incrementAndGet();
    long id =
        jdbc.sql(
                "insert into staff_account (username, display_name, password_hash, agency_id)"
                    + " values (:u, :d, :h, (select id from agency where code = :a)) returning id")
            .param("u", username)
            .param("d", "测试" + String.join("", roles))
            .param("h", hash)
            .param("a", agencyCode)
            .query(Long.class)
            .single();
    Arrays.stream(roles)
        .forEach(r -> jdbc.sql("insert into staff_role (account_id, role) values (:id, :r)").param("id", id).param("r", r).update());
    return username;
  }

  /** Signs in as a new account of the agency with the roles. */
  public RequestPostProcessor as(String agencyCode, String... roles) {
    return login(create(agencyCode, roles));
  }

  /** Signs in as an existing account. */
  public RequestPostProcessor login(String username) {
    return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
  }
}
