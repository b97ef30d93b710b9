package org.gongkai.appeal;

import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyTree;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work the registers. Cases: everyone who may see the respondent agency sees them
 * ({@link AccessPolicy}); its clerks, the supervisors above it and administrators register and
 * edit them. Complaints: the staff of the receiving supervisor (and supervisors above it) see them;
 * its clerks and supervisors work them.
 */
@Component
class AppealAccess {

  private final AccessPolicy policy;
  private final Agencies agencies;

  AppealAccess(AccessPolicy policy, Agencies agencies) {
    this.policy = policy;
    this.agencies = agencies;
  }

  void requireSee(String agencyCode) {
    policy.requireSee(agencyCode);
  }

  boolean canSee(String agencyCode) {
    return policy.canSee(agencyCode);
  }

  /** Whether the current member of staff may register and edit records of the agency. */
  boolean canWork(String agencyCode) {
    Optional<StaffPrincipal> me = policy.current();
    if (me.isEmpty() || agencies.find(agencyCode).isEmpty()) {
      return false;
    }
    StaffPrincipal p = me.get();
    return p.has(Role.ADMIN)
        || (p.has(Role.SUPERVISOR) && agencies.tree().isWithin(agencyCode, p.agencyCode()))
        || (p.has(Role.CLERK) && p.agencyCode().equals(agencyCode));
  }

  void requireWork(String agencyCode) {
    if (!canWork(agencyCode)) {
      throw new AccessDeniedException("无权登记或修改该机构的复议、诉讼和投诉举报记录");
    }
  }

  /**
   * The supervisor that receives complaints about the agency: the nearest government above it (for
   * a department or township its own government; for a government the one above; the root
   * government supervises itself).
   */
  Optional<Agency> supervisorOf(String agencyCode) {
    AgencyTree tree = agencies.tree();
    return tree.find(agencyCode).flatMap(a -> {
      if (a.kind() == org.gongkai.agency.AgencyKind.GOVERNMENT) {
        return a.parentCode() == null ? Optional.of(a) : tree.governmentOf(a.parentCode());
      }
      return tree.governmentOf(a.code());
    });
  }

  /**
   * The reach of the current member of staff as SQL over an agency alias: nothing for
   * administrators, the subtree for supervisors, the own agency otherwise.
   */
  SqlFilter reach(String alias) {
    StaffPrincipal p = policy.requireCurrent();
    if (p.has(Role.ADMIN)) {
      return new SqlFilter("", List.of());
    }
    if (p.has(Role.SUPERVISOR)) {
      Agency own = agencies.require(p.agencyCode());
      return new SqlFilter(" and " + alias + ".path like ?", List.of(own.path() + "%"));
    }
    return new SqlFilter(" and " + alias + ".code = ?", List.of(p.agencyCode()));
  }

  /** The agencies the current member of staff may work records of, for form choices. */
  List<Agency> workableAgencies() {
    return policy.visibleAgencies().stream().filter(a -> canWork(a.code())).toList();
  }

  /** A piece of a where clause with its positional parameters. */
  record SqlFilter(String clause, List<Object> params) {}
}
