package org.gongkai.identity;

import java.time.Duration;
import java.time.Instant;
import org.gongkai.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after {@code maxFailedLogins} in a row; records every
 * sign-in and failed sign-in in the audit log.
 */
@Component
class LoginAttempts {

  private final StaffAccountRepository repository;
  private final AuditLog audit;
  private final SecurityProperties properties;

  LoginAttempts(StaffAccountRepository repository, AuditLog audit, SecurityProperties properties) {
    this.repository = repository;
    this.audit = audit;
    this.properties = properties;
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    repository.recordSuccess(username);
    audit.recordStandalone(username, "LOGIN", "staff_account", username, "登录成功");
  }

  @EventListener
  @Transactional
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    String username = String.valueOf(event.getAuthentication().getName());
    if (username.length() > 50) {
      username = username.substring(0, 50);
    }
    if (event instanceof AuthenticationFailureLockedEvent) {
      audit.recordStandalone(username, "LOGIN_REFUSED_LOCKED", "staff_account", username, "账号已锁定，拒绝登录");
      return;
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(properties.lockoutMinutes()));
    int failures = repository.recordFailure(username, properties.maxFailedLogins(), until);
    String summary = "登录失败（连续第 " + failures + " 次）";
    if (failures >= properties.maxFailedLogins()) {
      summary += "，账号锁定至 " + until;
    }
    audit.recordStandalone(username, "LOGIN_FAILED", "staff_account", username, summary);
  }
}
