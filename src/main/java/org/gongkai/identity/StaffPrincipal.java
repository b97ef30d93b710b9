package org.gongkai.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.audit.AgencyMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff, as Spring Security holds it in the session. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, AgencyMember, Serializable {

  private final long accountId;
  private final String username;
  private final String displayName;
  private final String agencyCode;
  private final Set<Role> roles;
  private final boolean enabled;
  private final Instant lockedUntil;
  private String passwordHash;

  StaffPrincipal(
      long accountId, String username, String displayName, String passwordHash, String agencyCode,
      Set<Role> roles, boolean enabled, Instant lockedUntil) {
    this.accountId = accountId;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.agencyCode = agencyCode;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = enabled;
    this.lockedUntil = lockedUntil;
  }

  public long accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public String agencyCode() {
    return agencyCode;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || lockedUntil.isBefore(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffPrincipal other && other.username.equals(username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return "StaffPrincipal[" + username + "@" + agencyCode + " " + roles + "]";
  }
}
