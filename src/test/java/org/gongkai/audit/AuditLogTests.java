package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class AuditLogTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aSignInAndAFailedSignInAreRecordedWithTheirIp() throws Exception {
    String user = accounts.create("500102", "CLERK");
    mvc.perform(formLogin("/admin/login").user(user).password("not-the-password-9"));
    mvc.perform(formLogin("/admin/login").user(user).password(TestAccounts.PASSWORD));
    assertThat(jdbc.sql("select action from audit_log where actor = :u order by id").param("u", user).query(String.class).list())
        .containsExactly("LOGIN_FAILED", "LOGIN");
    assertThat(jdbc.sql("select ip from audit_log where actor = :u and action = 'LOGIN'").param("u", user).query(String.class).single())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void anAgencyEditIsRecordedWithBeforeAndAfter() throws Exception {
    String user = accounts.create("500102", "CLERK");
    int version = jdbc.sql("select version from agency where code = '500102'").query(Integer.class).single();
    String oldHead = jdbc.sql("select head from agency where code = '500102'").query(String.class).single();
    mvc.perform(post("/admin/agencies/500102/edit").with(accounts.login(user)).with(csrf())
            .param("version", String.valueOf(version))
            .param("name", "重庆市涪陵区人民政府").param("shortName", "涪陵区政府")
            .param("head", "李审计").param("phone", "023-72222222").param("acceptsRequests", "true"))
        .andExpect(status().is3xxRedirection());
    var entry = jdbc.sql("select actor, actor_agency, summary, details from audit_log where action = 'AGENCY_UPDATED' and object_id = '500102' order by id desc limit 1")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
    assertThat(entry[0]).isEqualTo(user);
    assertThat(entry[1]).isEqualTo("500102");
    assertThat(entry[3]).contains("负责人：" + oldHead + " → 李审计");
  }

  @Test
  void theApplicationsDatabaseRoleCannotChangeOrDeleteTheLog() {
    Long id = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
    assertThat(id).isNotNull();
    assertThatThrownBy(() -> jdbc.sql("update audit_log set summary = 'tampered' where id = :id").param("id", id).update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = :id").param("id", id).update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).isInstanceOf(DataAccessException.class);
    assertThat(jdbc.sql("select count(*) from audit_log where summary = 'tampered'").query(Long.class).single()).isZero();
  }

  @Test
  void administratorsBrowseAndFilterTheLog() throws Exception {
    String user = accounts.create("500102", "CLERK");
    mvc.perform(formLogin("/admin/login").user(user).password("not-the-password-9"));
    mvc.perform(get("/admin/audit").param("actor", user).param("action", "LOGIN_FAILED").with(accounts.as("500000", "ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("共 1 条")))
        .andExpect(content().string(Matchers.containsString("登录失败")));
    mvc.perform(get("/admin/audit").param("from", "not-a-date").with(accounts.as("500000", "ADMIN")))
        .andExpect(status().isBadRequest());
  }
}
