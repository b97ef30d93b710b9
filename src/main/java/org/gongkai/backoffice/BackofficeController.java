package org.gongkai.backoffice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AccessPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccount;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, dashboard, agency and account management, audit log. */
@Controller
class BackofficeController {

  private final Agencies agencies;
  private final AccessPolicy access;
  private final StaffAccounts accounts;
  private final AuditLog audit;
  private final List<DashboardPanel> panels;

  BackofficeController(
      Agencies agencies, AccessPolicy access, StaffAccounts accounts, AuditLog audit,
      org.springframework.beans.factory.ObjectProvider<DashboardPanel> panels) {
    this.agencies = agencies;
    this.access = access;
    this.accounts = accounts;
    this.audit = audit;
    this.panels = panels.orderedStream().toList();
  }

  @GetMapping("/admin/login")
  String login(Model model) {
    if (access.current().isPresent()) {
      return "redirect:/admin";
    }
    return "admin/login";
  }

  @GetMapping("/admin")
  String dashboard(Model model) {
    StaffPrincipal me = access.requireCurrent();
    Agency scope = access.scopeRoot();
    List<Agency> visible = access.visibleAgencies();
    model.addAttribute("nav", "dashboard");
    model.addAttribute("scope", scope);
    model.addAttribute("visibleCount", visible.size());
    model.addAttribute("governmentCount", visible.stream().filter(a -> a.kind() == AgencyKind.GOVERNMENT).count());
    model.addAttribute("departmentCount", visible.stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).count());
    model.addAttribute("townshipCount", visible.stream().filter(a -> a.kind() == AgencyKind.TOWNSHIP).count());
    model.addAttribute("roles", me.roles().stream().map(Role::label).toList());
    model.addAttribute("panels", panels.stream().map(p -> p.render(scope)).filter(v -> v != null).toList());
    if (access.isAdmin()) {
      model.addAttribute("recent", audit.search(new AuditLog.AuditQuery(null, null, null, null, null, null, 0, 8)).entries());
    }
    return "admin/dashboard";
  }

  // --- agencies ---

  @GetMapping("/admin/agencies")
  String agencies(@RequestParam(required = false) String q, Model model) {
    String query = q == null ? "" : q.strip();
    List<Agency> visible = access.visibleAgencies();
    if (!query.isEmpty()) {
      visible = visible.stream().filter(a -> a.name().contains(query) || a.code().startsWith(query)).toList();
    }
    model.addAttribute("nav", "agencies");
    model.addAttribute("q", query);
    model.addAttribute("agencies", visible.size() > 500 ? visible.subList(0, 500) : visible);
    model.addAttribute("total", visible.size());
    return "admin/agencies";
  }

  @GetMapping("/admin/agencies/{code}")
  String agency(@PathVariable String code, Model model) {
    Agency agency = agencies.require(code);
    access.requireSee(code);
    model.addAttribute("nav", "agencies");
    model.addAttribute("agency", agency);
    model.addAttribute("canEdit", access.canEditAgency(code));
    model.addAttribute("canManageAccounts", access.canManageAccounts(code));
    model.addAttribute("accounts", accounts.ofAgency(code));
    model.addAttribute("children", agencies.tree().children(code));
    model.addAttribute("history", audit.search(new AuditLog.AuditQuery(null, null, "agency", code, null, null, 0, 10)).entries());
    return "admin/agency";
  }

  @GetMapping("/admin/agencies/{code}/edit")
  String editAgency(@PathVariable String code, Model model) {
    Agency agency = agencies.require(code);
    access.requireEditAgency(code);
    model.addAttribute("nav", "agencies");
    model.addAttribute("agency", agency);
    model.addAttribute("form", AgencyForm.of(agency));
    return "admin/agency-edit";
  }

  @PostMapping("/admin/agencies/{code}/edit")
  String saveAgency(@PathVariable String code, @ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes flash) {
    Agency agency = agencies.require(code);
    access.requireEditAgency(code);
    try {
      agencies.update(code, form.getVersion(), form.toDetails());
    } catch (InvalidInputException e) {
      model.addAttribute("nav", "agencies");
      model.addAttribute("agency", agency);
      model.addAttribute("errors", Forms.errors(e));
      model.addAttribute("formError", "保存失败：请按提示修改标红的字段，未作任何修改。");
      return "admin/agency-edit";
    } catch (ConflictException e) {
      model.addAttribute("nav", "agencies");
      model.addAttribute("agency", agency);
      model.addAttribute("formError", e.getMessage());
      return "admin/agency-edit";
    }
    flash.addFlashAttribute("flash", "机构信息已保存。");
    return "redirect:/admin/agencies/" + code;
  }

  // --- accounts ---

  @GetMapping("/admin/accounts")
  String accounts(Model model) {
    StaffPrincipal me = access.requireCurrent();
    access.requireManageAccounts(me.agencyCode());
    model.addAttribute("nav", "accounts");
    model.addAttribute("accounts", accounts.visible());
    return "admin/accounts";
  }

  @GetMapping("/admin/accounts/new")
  String newAccount(@RequestParam(required = false) String agency, Model model) {
    StaffPrincipal me = access.requireCurrent();
    access.requireManageAccounts(me.agencyCode());
    model.addAttribute("nav", "accounts");
    model.addAttribute("agencyOptions", manageableAgencies());
    model.addAttribute("roleOptions", grantableRoles());
    model.addAttribute("form", new AccountForm(null, null, agency == null ? me.agencyCode() : agency, EnumSet.of(Role.CLERK)));
    return "admin/account-new";
  }

  @PostMapping("/admin/accounts/new")
  String createAccount(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String agencyCode,
      @RequestParam(required = false) Set<String> roles,
      Model model) {
    StaffPrincipal me = access.requireCurrent();
    access.requireManageAccounts(me.agencyCode());
    Set<Role> parsed = parseRoles(roles);
    try {
      String password = accounts.create(username, displayName, agencyCode, parsed);
      model.addAttribute("nav", "accounts");
      model.addAttribute("created", accounts.require(username.trim()));
      model.addAttribute("password", password);
      return "admin/account-created";
    } catch (InvalidInputException e) {
      model.addAttribute("nav", "accounts");
      model.addAttribute("errors", Forms.errors(e));
      model.addAttribute("formError", "创建失败：请按提示修改。");
      model.addAttribute("agencyOptions", manageableAgencies());
      model.addAttribute("roleOptions", grantableRoles());
      model.addAttribute("form", new AccountForm(username, displayName, agencyCode, parsed));
      return "admin/account-new";
    }
  }

  @GetMapping("/admin/accounts/{username}")
  String account(@PathVariable String username, Model model) {
    StaffAccount account = accounts.require(username);
    model.addAttribute("nav", "accounts");
    model.addAttribute("account", account);
    model.addAttribute("roleOptions", grantableRoles());
    model.addAttribute("history", audit.search(new AuditLog.AuditQuery(null, null, "staff_account", username, null, null, 0, 10)).entries());
    return "admin/account";
  }

  @PostMapping("/admin/accounts/{username}")
  String updateAccount(
      @PathVariable String username,
      @RequestParam int version,
      @RequestParam(required = false) String displayName,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam(required = false) Set<String> roles,
      Model model,
      RedirectAttributes flash) {
    try {
      accounts.update(username, version, displayName, enabled, parseRoles(roles));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", Forms.errors(e));
      model.addAttribute("formError", "保存失败：" + e.getMessage());
      return account(username, model);
    } catch (ConflictException e) {
      model.addAttribute("formError", e.getMessage());
      return account(username, model);
    }
    flash.addFlashAttribute("flash", "账号已保存。");
    return "redirect:/admin/accounts/" + username;
  }

  @PostMapping("/admin/accounts/{username}/reset-password")
  String resetPassword(@PathVariable String username, Model model) {
    String password = accounts.resetPassword(username);
    model.addAttribute("nav", "accounts");
    model.addAttribute("created", accounts.require(username));
    model.addAttribute("password", password);
    model.addAttribute("reset", true);
    return "admin/account-created";
  }

  @PostMapping("/admin/accounts/{username}/unlock")
  String unlock(@PathVariable String username, RedirectAttributes flash) {
    accounts.unlock(username);
    flash.addFlashAttribute("flash", "账号已解除锁定。");
    return "redirect:/admin/accounts/" + username;
  }

  // --- own password ---

  @GetMapping("/admin/password")
  String password(Model model) {
    access.requireCurrent();
    return "admin/password";
  }

  @PostMapping("/admin/password")
  String changePassword(
      @RequestParam(required = false) String currentPassword,
      @RequestParam(required = false) String newPassword,
      @RequestParam(required = false) String confirmation,
      Model model,
      RedirectAttributes flash) {
    try {
      accounts.changeOwnPassword(currentPassword, newPassword, confirmation);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", Forms.errors(e));
      model.addAttribute("formError", "密码未修改：" + e.getMessage());
      return "admin/password";
    }
    flash.addFlashAttribute("flash", "密码已修改。");
    return "redirect:/admin";
  }

  // --- audit ---

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String objectType,
      @RequestParam(required = false) String objectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    access.requireAdmin();
    AuditLog.AuditQuery query = new AuditLog.AuditQuery(actor, action, objectType, objectId, from, to, page, 50);
    model.addAttribute("nav", "audit");
    model.addAttribute("query", query);
    model.addAttribute("result", audit.search(query));
    List<String> actions = audit.actions();
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    actions.forEach(a -> names.put(a, org.gongkai.audit.AuditActions.label(a)));
    model.addAttribute("actions", actions);
    model.addAttribute("actionNames", names);
    return "admin/audit";
  }

  private List<Agency> manageableAgencies() {
    return access.visibleAgencies().stream().filter(a -> access.canManageAccounts(a.code())).toList();
  }

  private List<Role> grantableRoles() {
    return access.isAdmin() ? List.of(Role.values()) : List.of(Role.SUPERVISOR, Role.CLERK, Role.REVIEWER);
  }

  private static Set<Role> parseRoles(Set<String> roles) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (roles != null) {
      for (String r : roles) {
        try {
          parsed.add(Role.valueOf(r));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException("roles", "未知的角色：" + r);
        }
      }
    }
    return parsed;
  }

  /** The new-account form's values. */
  public record AccountForm(String username, String displayName, String agencyCode, Set<Role> roles) {}
}
