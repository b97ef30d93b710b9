package org.gongkai.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The agency of the signed-in actor, for the audit entry. */
final class AuditActor {

  private AuditActor() {}

  static String currentAgency() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AgencyMember member) {
      return member.agencyCode();
    }
    return null;
  }
}
