package org.gongkai.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese names of the audit actions for the log's pages. Modules name their own actions with
 * {@link #name(String, String)} (e.g. in a static initialiser or a constructor).
 */
public final class AuditActions {

  private static final Map<String, String> LABELS = new ConcurrentHashMap<>(Map.ofEntries(
      Map.entry("LOGIN", "登录"),
      Map.entry("LOGIN_FAILED", "登录失败"),
      Map.entry("LOGIN_REFUSED_LOCKED", "锁定拒绝登录"),
      Map.entry("AGENCY_UPDATED", "修改机构信息"),
      Map.entry("AGENCIES_ADDED", "新增机构"),
      Map.entry("ACCOUNT_CREATED", "新建账号"),
      Map.entry("ACCOUNT_UPDATED", "修改账号"),
      Map.entry("ACCOUNT_UNLOCKED", "解除锁定"),
      Map.entry("PASSWORD_RESET", "重置密码"),
      Map.entry("PASSWORD_CHANGED", "修改密码")));

  private AuditActions() {}

  /** Gives an action its Chinese name. */
  public static void name(String action, String label) {
    LABELS.put(action, label);
  }

  /** The Chinese name of the action, or the action code itself if it has none. */
  public static String label(String action) {
    return action == null ? "" : LABELS.getOrDefault(action, action);
  }
}
