package org.gongkai.audit;

/**
 * Implemented by principals that belong to an agency, so the audit log can name the actor's agency
 * without knowing the identity module.
 */
public interface AgencyMember {
  String agencyCode();
}
