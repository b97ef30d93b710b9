package org.gongkai.identity;

import java.time.Instant;
import java.util.Set;

/** A staff account as the management pages show it (never with its password hash). */
public record StaffAccount(
    long id,
    String username,
    String displayName,
    String agencyCode,
    String agencyName,
    Set<Role> roles,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    Instant lastLoginAt,
    int version) {

  public boolean isLocked() {
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }
}
