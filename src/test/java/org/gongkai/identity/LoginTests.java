package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@GongkaiTest
class LoginTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void staffSignInWithTheirPasswordAndReachTheDashboard() throws Exception {
    String user = accounts.create("500101", "CLERK");
    mvc.perform(formLogin("/admin/login").user(user).password(TestAccounts.PASSWORD))
        .andExpect(authenticated().withUsername(user))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
    String user = accounts.create("500101", "CLERK");
    mvc.perform(formLogin("/admin/login").user(user).password("wrong-password-1"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/admin/login?error"));
    mvc.perform(formLogin("/admin/login").user("no-such-user").password("wrong-password-1"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/admin/login?error"));
  }

  @Test
  void fiveFailedAttemptsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
    String user = accounts.create("500101", "CLERK");
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/admin/login").user(user).password("wrong-password-" + i)).andExpect(unauthenticated());
    }
    mvc.perform(formLogin("/admin/login").user(user).password(TestAccounts.PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/admin/login?locked"));
    Integer failures = jdbc.sql("select failed_attempts from staff_account where username = :u").param("u", user).query(Integer.class).single();
    assertThat(failures).isEqualTo(5);
  }

  @Test
  void aSuccessfulSignInResetsTheFailureCount() throws Exception {
    String user = accounts.create("500101", "CLERK");
    for (int i = 0; i < 3; i++) {
      mvc.perform(formLogin("/admin/login").user(user).password("wrong-password-" + i));
    }
    mvc.perform(formLogin("/admin/login").user(user).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    Integer failures = jdbc.sql("select failed_attempts from staff_account where username = :u").param("u", user).query(Integer.class).single();
    assertThat(failures).isZero();
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRejected() throws Exception {
    String user = accounts.create("500101", "CLERK");
    mvc.perform(post("/admin/login").param("username", user).param("password", TestAccounts.PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/agencies/500101/edit").with(accounts.login(user)).param("name", "改名"))
        .andExpect(status().isForbidden());
    String name = jdbc.sql("select name from agency where code = '500101'").query(String.class).single();
    assertThat(name).isNotEqualTo("改名");
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    String user = accounts.create("500101", "CLERK");
    MockHttpSession session =
        (MockHttpSession) mvc.perform(formLogin("/admin/login").user(user).password(TestAccounts.PASSWORD))
            .andReturn().getRequest().getSession();
    mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
    mvc.perform(post("/admin/logout").session(session).with(csrf())).andExpect(redirectedUrl("/admin/login?logout"));
    mvc.perform(get("/admin").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
  }

  @Test
  void theBackOfficeSendsStrangersToTheLoginPageAndTheApiAnswers401() throws Exception {
    mvc.perform(get("/admin/agencies").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/admin/login"));
    mvc.perform(get("/api/v1/admin/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void theFirstAdministratorExistsWithTheConfiguredPasswordOnly() throws Exception {
    mvc.perform(formLogin("/admin/login").user("admin").password("Test-Root-Password-2026"))
        .andExpect(authenticated().withRoles("ADMIN"));
    // the password itself is never stored in clear
    String hash = jdbc.sql("select password_hash from staff_account where username = 'admin'").query(String.class).single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("Test-Root-Password-2026");
  }

  @Test
  void passwordsMustBeStrong() throws Exception {
    String user = accounts.create("500101", "CLERK");
    mvc.perform(post("/admin/password").with(accounts.login(user)).with(csrf())
            .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "short1").param("confirmation", "short1"))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            org.hamcrest.Matchers.containsString("密码至少12位")));
    mvc.perform(post("/admin/password").with(accounts.login(user)).with(csrf())
            .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "Another-Strong-2027").param("confirmation", "Another-Strong-2027"))
        .andExpect(redirectedUrl("/admin"));
    mvc.perform(formLogin("/admin/login").user(user).password("Another-Strong-2027")).andExpect(authenticated());
  }
}
