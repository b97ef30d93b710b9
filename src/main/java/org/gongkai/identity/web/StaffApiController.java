package org.gongkai.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffAccounts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff-only API: the accounts of an agency, visible within the caller's reach only. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "后台：账号", description = "需登录；按机构范围控制访问")
class StaffApiController {

  private final StaffAccounts accounts;
  private final AccessPolicy access;
  private final Agencies agencies;

  StaffApiController(StaffAccounts accounts, AccessPolicy access, Agencies agencies) {
    this.accounts = accounts;
    this.access = access;
    this.agencies = agencies;
  }

  @GetMapping("/agencies/{code}/accounts")
  @Operation(summary = "某机构的工作人员账号")
  List<AccountView> accounts(@PathVariable String code) {
    agencies.require(code);
    access.requireSee(code);
    return accounts.ofAgency(code).stream().map(AccountView::of).toList();
  }

  @GetMapping("/me")
  @Operation(summary = "当前登录的工作人员")
  MeView me() {
    var me = access.requireCurrent();
    return new MeView(me.getUsername(), me.displayName(), me.agencyCode(), me.roles());
  }

  record AccountView(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled, boolean locked) {
    static AccountView of(StaffAccount a) {
      return new AccountView(a.username(), a.displayName(), a.agencyCode(), a.roles(), a.enabled(), a.isLocked());
    }
  }

  record MeView(String username, String displayName, String agencyCode, Set<Role> roles) {}
}
