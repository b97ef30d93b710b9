package org.gongkai.identity;

import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.shared.ApiError;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Back-office pages and the staff API need a signed-in account; the agency
 * rule itself is applied per request by {@link AccessPolicy}. CSRF protects every form; the few
 * public API endpoints that take no session are listed by the modules that own them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Public POST endpoints that take no session cookie and so need no CSRF token. */
  static final String[] PUBLIC_API_POSTS = {"/api/v1/requests", "/api/v1/annual-reports/validate"};

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
    RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/admin/login", "/error", "/error/**").permitAll()
                    .requestMatchers("/admin", "/admin/**", "/api/v1/admin/**").authenticated()
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMIN")
                    .anyRequest().permitAll())
        .formLogin(
            form ->
                form.loginPage("/admin/login")
                    .loginProcessingUrl("/admin/login")
                    .defaultSuccessUrl("/admin", false)
                    .failureHandler(loginFailure()))
        .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout").deleteCookies("JSESSIONID"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
          if (!"POST".equals(request.getMethod())) {
            return false;
          }
          String path = request.getRequestURI().substring(request.getContextPath().length());
          for (String open : PUBLIC_API_POSTS) {
            if (path.equals(open)) {
              return true;
            }
          }
          return false;
        }))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(jsonEntryPoint(json), api)
                    .defaultAccessDeniedHandlerFor(jsonAccessDenied(json), api))
        .headers(
            headers ->
                headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                            + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'"))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
  }

  private static AuthenticationFailureHandler loginFailure() {
    return (request, response, exception) ->
        response.sendRedirect(
            request.getContextPath() + (exception instanceof LockedException ? "/admin/login?locked" : "/admin/login?error"));
  }

  private static AuthenticationEntryPoint jsonEntryPoint(JsonMapper json) {
    return (request, response, e) -> write(json, response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录");
  }

  private static AccessDeniedHandler jsonAccessDenied(JsonMapper json) {
    return (request, response, e) -> write(json, response, HttpServletResponse.SC_FORBIDDEN, "无权访问（或缺少有效的 CSRF 令牌）");
  }

  private static void write(JsonMapper json, HttpServletResponse response, int status, String message)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), ApiError.of(status, message));
  }
}
