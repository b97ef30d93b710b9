package org.gongkai.catalog.internal;

import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the catalog: clerks (and supervisors, administrators) write and submit the
 * items of the agencies they reach; reviewers (and supervisors, administrators) approve, publish and
 * withdraw them. Reach is {@link AccessPolicy}'s.
 */
@Component
public class CatalogAccess {

  private final AccessPolicy policy;

  CatalogAccess(AccessPolicy policy) {
    this.policy = policy;
  }

  public boolean canEdit(String agencyCode) {
    return policy.current().map(p -> writes(p) && policy.canSee(agencyCode)).orElse(false);
  }

  public boolean canReview(String agencyCode) {
    return policy.current().map(p -> reviews(p) && policy.canSee(agencyCode)).orElse(false);
  }

  public void requireSee(String agencyCode) {
    policy.requireSee(agencyCode);
  }

  public void requireEdit(String agencyCode) {
    if (!canEdit(agencyCode)) {
      throw new AccessDeniedException("无权编辑该机构的政府信息（需经办人、主管部门或管理员账号）");
    }
  }

  public void requireReview(String agencyCode) {
    if (!canReview(agencyCode)) {
      throw new AccessDeniedException("无权审核或发布该机构的政府信息（需审核人、主管部门或管理员账号）");
    }
  }

  /** The user name of the signed-in member of staff, or "system" for jobs. */
  public String actor() {
    return policy.current().map(StaffPrincipal::getUsername).orElse("system");
  }

  public AccessPolicy policy() {
    return policy;
  }

  private static boolean writes(StaffPrincipal p) {
    return p.has(Role.CLERK) || p.has(Role.SUPERVISOR) || p.has(Role.ADMIN);
  }

  private static boolean reviews(StaffPrincipal p) {
    return p.has(Role.REVIEWER) || p.has(Role.SUPERVISOR) || p.has(Role.ADMIN);
  }
}
