package org.gongkai.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.Agency;
import org.gongkai.audit.AuditLog;
import org.gongkai.shared.Checks;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and maintaining staff accounts; every change audited. */
@Service
public class StaffAccounts {

  private final StaffAccountRepository repository;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final AccessPolicy access;
  private final Agencies agencies;

  StaffAccounts(
      StaffAccountRepository repository, PasswordEncoder encoder, AuditLog audit, AccessPolicy access, Agencies agencies) {
    this.repository = repository;
    this.encoder = encoder;
    this.audit = audit;
    this.access = access;
    this.agencies = agencies;
  }

  /** Accounts the current member of staff may manage. */
  @Transactional(readOnly = true)
  public List<StaffAccount> visible() {
    Agency root = access.scopeRoot();
    return repository.inSubtree(root.path());
  }

  @Transactional(readOnly = true)
  public List<StaffAccount> ofAgency(String agencyCode) {
    access.requireSee(agencyCode);
    return repository.inAgency(agencyCode);
  }

  @Transactional(readOnly = true)
  public StaffAccount require(String username) {
    StaffAccount account = repository.find(username).orElseThrow(() -> new NotFoundException("未找到该账号"));
    access.requireManageAccounts(account.agencyCode());
    return account;
  }

  /**
   * Creates an account with a random initial password, which is returned once to be handed over.
   * Only administrators may grant the administrator role.
   */
  @Transactional
  public String create(String username, String displayName, String agencyCode, Set<Role> roles) {
    String u = username == null ? "" : username.trim();
    Checks checks =
        Checks.start()
            .required("username", "用户名", u)
            .required("displayName", "姓名", displayName)
            .maxLength("displayName", "姓名", displayName, 50)
            .required("agencyCode", "所属机构", agencyCode);
    if (!u.isEmpty() && !u.matches("^[a-zA-Z][a-zA-Z0-9._-]{2,49}$")) {
      checks.add("username", "用户名须以字母开头，由3至50位字母、数字、点、下划线或连字符组成");
    }
    if (roles == null || roles.isEmpty()) {
      checks.add("roles", "请至少选择一个角色");
    }
    checks.throwIfAny();
    if (agencies.find(agencyCode).isEmpty()) {
      throw new InvalidInputException("agencyCode", "所属机构不存在");
    }
    access.requireManageAccounts(agencyCode);
    if (roles.contains(Role.ADMIN) && !access.isAdmin()) {
      throw new AccessDeniedException("仅系统管理员可以授予系统管理员角色");
    }
    if (repository.exists(u)) {
      throw new InvalidInputException("username", "用户名“" + u + "”已被使用");
    }
    String password = PasswordPolicy.generate();
    repository.insert(u, displayName.trim(), encoder.encode(password), agencyCode, EnumSet.copyOf(roles));
    audit.record("ACCOUNT_CREATED", "staff_account", u, "新建账号 " + u + "（" + agencyCode + "）", "角色：" + roles);
    return password;
  }

  /** Changes name, status and roles; refuses an edit based on an outdated version. */
  @Transactional
  public void update(String username, int version, String displayName, boolean enabled, Set<Role> roles) {
    StaffAccount before = require(username);
    Checks.start()
        .required("displayName", "姓名", displayName)
        .maxLength("displayName", "姓名", displayName, 50)
        .throwIfAny();
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("roles", "请至少选择一个角色");
    }
    boolean adminInvolved = roles.contains(Role.ADMIN) || before.roles().contains(Role.ADMIN);
    if (adminInvolved && !access.isAdmin()) {
      throw new AccessDeniedException("仅系统管理员可以修改系统管理员账号");
    }
    if (access.requireCurrent().getUsername().equals(username) && (!enabled || !roles.contains(Role.ADMIN)) && before.roles().contains(Role.ADMIN)) {
      throw new InvalidInputException("roles", "不能停用自己的账号或取消自己的系统管理员角色");
    }
    if (repository.update(username, version, displayName.trim(), enabled) == 0) {
      throw new ConflictException("该账号已被他人修改，请刷新后重试");
    }
    repository.setRoles(before.id(), EnumSet.copyOf(roles));
    audit.record("ACCOUNT_UPDATED", "staff_account", username, "修改账号 " + username,
        "姓名：" + before.displayName() + " → " + displayName.trim() + "\n启用：" + before.enabled() + " → " + enabled
            + "\n角色：" + before.roles() + " → " + roles);
  }

  /** Sets a new random password (for a forgotten one) and returns it once; also unlocks. */
  @Transactional
  public String resetPassword(String username) {
    require(username);
    String password = PasswordPolicy.generate();
    repository.setPassword(username, encoder.encode(password));
    audit.record("PASSWORD_RESET", "staff_account", username, "重置账号 " + username + " 的密码", null);
    return password;
  }

  @Transactional
  public void unlock(String username) {
    require(username);
    repository.unlock(username);
    audit.record("ACCOUNT_UNLOCKED", "staff_account", username, "解除账号 " + username + " 的锁定", null);
  }

  /** The signed-in member of staff changes its own password. */
  @Transactional
  public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
    StaffPrincipal me = access.requireCurrent();
    StaffPrincipal stored = repository.principal(me.getUsername()).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, stored.getPassword())) {
      throw new InvalidInputException("currentPassword", "当前密码不正确");
    }
    PasswordPolicy.check("newPassword", newPassword, me.getUsername());
    if (!newPassword.equals(confirmation)) {
      throw new InvalidInputException("confirmation", "两次输入的新密码不一致");
    }
    repository.setPassword(me.getUsername(), encoder.encode(newPassword));
    audit.record("PASSWORD_CHANGED", "staff_account", me.getUsername(), "修改本人密码", null);
  }

  /** Creates the first administrator if there is no account at all; returns the password or null. */
  @Transactional
  String createFirstAdministrator(String agencyCode, String password) {
    if (repository.count() > 0) {
      return null;
    }
    String pw = password == null || password.isBlank() ? PasswordPolicy.generate() : password;
    PasswordPolicy.check("password", pw, "admin");
    repository.insert("admin", "系统管理员", encoder.encode(pw), agencyCode, EnumSet.of(Role.ADMIN));
    audit.record("ACCOUNT_CREATED", "staff_account", "admin", "首次启动，创建系统管理员账号 admin", null);
    return pw;
  }
}
