package org.gongkai.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {

  private static final String SELECT =
      """
      select s.id, s.username, s.display_name, s.password_hash, a.code as agency_code, a.name as agency_name,
             s.enabled, s.failed_attempts, s.locked_until, s.last_login_at, s.version,
             coalesce((select string_agg(r.role, ',') from staff_role r where r.account_id = s.id), '') as roles
      from staff_account s join agency a on a.id = s.agency_id""";

  private final JdbcClient jdbc;

  StaffAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StaffPrincipal> principal(String username) {
    return jdbc.sql(SELECT + " where s.username = :username")
        .param("username", username)
        .query(
            (rs, n) ->
                new StaffPrincipal(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("password_hash"),
                    rs.getString("agency_code"),
                    roles(rs.getString("roles")),
                    rs.getBoolean("enabled"),
                    instant(rs.getTimestamp("locked_until"))))
        .optional();
  }

  Optional<StaffAccount> find(String username) {
    return jdbc.sql(SELECT + " where s.username = :username").param("username", username).query(this::account).optional();
  }

  List<StaffAccount> inSubtree(String agencyPath) {
    return jdbc.sql(SELECT + " where a.path like :prefix order by a.path, s.username")
        .param("prefix", agencyPath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .query(this::account)
        .list();
  }

  List<StaffAccount> inAgency(String agencyCode) {
    return jdbc.sql(SELECT + " where a.code = :code order by s.username").param("code", agencyCode).query(this::account).list();
  }

  boolean exists(String username) {
    return jdbc.sql("select exists (select 1 from staff_account where lower(username) = lower(:u))")
        .param("u", username).query(Boolean.class).single();
  }

  long count() {
    return jdbc.sql("select count(*) from staff_account").query(Long.class).single();
  }

  long insert(String username, String displayName, String hash, String agencyCode, Set<Role> roles) {
    long id =
        jdbc.sql(
                """
                insert into staff_account (username, display_name, password_hash, agency_id)
                values (:u, :d, :h, (select id from agency where code = :agency)) returning id""")
            .param("u", username)
            .param("d", displayName)
            .param("h", hash)
            .param("agency", agencyCode)
            .query(Long.class)
            .single();
    setRoles(id, roles);
    return id;
  }

  void setRoles(long id, Set<Role> roles) {
    jdbc.sql("delete from staff_role where account_id = :id").param("id", id).update();
    for (Role role : roles) {
      jdbc.sql("insert into staff_role (account_id, role) values (:id, :role)").param("id", id).param("role", role.name()).update();
    }
  }

  int update(String username, int version, String displayName, boolean enabled) {
    return jdbc.sql(
            """
            update staff_account set display_name = :d, enabled = :e, version = version + 1
            where username = :u and version = :v""")
        .param("d", displayName).param("e", enabled).param("u", username).param("v", version).update();
  }

  void setPassword(String username, String hash) {
    jdbc.sql(
            """
            update staff_account set password_hash = :h, password_changed_at = now(), failed_attempts = 0,
                locked_until = null, version = version + 1 where username = :u""")
        .param("h", hash).param("u", username).update();
  }

  /** Counts a failed attempt and locks the account once the limit is reached; returns the new count. */
  int recordFailure(String username, int limit, Instant lockUntil) {
    return jdbc.sql(
            """
            update staff_account
               set failed_attempts = failed_attempts + 1,
                   locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
             where username = :u
            returning failed_attempts""")
        .param("limit", limit)
        .param("until", Timestamp.from(lockUntil))
        .param("u", username)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  void recordSuccess(String username) {
    jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null, last_login_at = now() where username = :u")
        .param("u", username).update();
  }

  void unlock(String username) {
    jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null where username = :u")
        .param("u", username).update();
  }

  private StaffAccount account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StaffAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("agency_code"),
        rs.getString("agency_name"),
        roles(rs.getString("roles")),
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        instant(rs.getTimestamp("locked_until")),
        instant(rs.getTimestamp("last_login_at")),
        rs.getInt("version"));
  }

  private static Set<Role> roles(String csv) {
    if (csv == null || csv.isBlank()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(csv.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
