package org.gongkai.identity;

import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyTree;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The access rule, checked on the server for every back-office page and API call: an administrator
 * reaches every agency; a supervisor its agency's subtree; a clerk or reviewer its own agency only.
 * Supervisors and clerks may edit an agency's details where they may see it; reviewers only read.
 */
@Component
public class AccessPolicy {

  private final Agencies agencies;

  AccessPolicy(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The signed-in member of staff, if any. */
  public Optional<StaffPrincipal> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  public StaffPrincipal requireCurrent() {
    return current().orElseThrow(() -> new AccessDeniedException("请先登录"));
  }

  /** Whether the current member of staff may see the agency's back-office pages and records. */
  public boolean canSee(String agencyCode) {
    return current().map(p -> canSee(p, agencyCode)).orElse(false);
  }

  boolean canSee(StaffPrincipal p, String agencyCode) {
    if (p.has(Role.ADMIN)) {
      return agencies.find(agencyCode).isPresent();
    }
    AgencyTree tree = agencies.tree();
    if (p.has(Role.SUPERVISOR) && tree.isWithin(agencyCode, p.agencyCode())) {
      return true;
    }
    return p.agencyCode().equals(agencyCode) && tree.find(agencyCode).isPresent();
  }

  /** Whether the current member of staff may edit the agency's 机构信息. */
  public boolean canEditAgency(String agencyCode) {
    return current()
        .map(p -> p.has(Role.ADMIN)
            || (p.has(Role.SUPERVISOR) && agencies.tree().isWithin(agencyCode, p.agencyCode()))
            || (p.has(Role.CLERK) && p.agencyCode().equals(agencyCode)))
        .orElse(false);
  }

  /** Whether the current member of staff may manage the staff accounts of the agency. */
  public boolean canManageAccounts(String agencyCode) {
    return current()
        .map(p -> p.has(Role.ADMIN) || (p.has(Role.SUPERVISOR) && agencies.tree().isWithin(agencyCode, p.agencyCode())))
        .orElse(false);
  }

  public boolean isAdmin() {
    return current().map(p -> p.has(Role.ADMIN)).orElse(false);
  }

  /** Throws 403 unless the current member of staff may see the agency. */
  public void requireSee(String agencyCode) {
    if (!canSee(agencyCode)) {
      throw new AccessDeniedException("无权访问该机构的数据");
    }
  }

  public void requireEditAgency(String agencyCode) {
    if (!canEditAgency(agencyCode)) {
      throw new AccessDeniedException("无权修改该机构的信息");
    }
  }

  public void requireManageAccounts(String agencyCode) {
    if (!canManageAccounts(agencyCode)) {
      throw new AccessDeniedException("无权管理该机构的账号");
    }
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw new AccessDeniedException("仅系统管理员可以执行此操作");
    }
  }

  /** The agency at the top of what the current member of staff may see. */
  public Agency scopeRoot() {
    StaffPrincipal p = requireCurrent();
    if (p.has(Role.ADMIN)) {
      return agencies.tree().roots().get(0);
    }
    return agencies.require(p.agencyCode());
  }

  /** Every agency the current member of staff may see, in tree order. */
  public List<Agency> visibleAgencies() {
    StaffPrincipal p = requireCurrent();
    AgencyTree tree = agencies.tree();
    if (p.has(Role.ADMIN)) {
      return tree.all();
    }
    if (p.has(Role.SUPERVISOR)) {
      return tree.subtree(p.agencyCode());
    }
    return tree.find(p.agencyCode()).map(List::of).orElse(List.of());
  }
}
