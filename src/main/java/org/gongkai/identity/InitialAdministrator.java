package org.gongkai.identity;

import java.util.List;
import org.gongkai.agency.Agencies;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.NewAgency;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates the administrator {@code admin} with a random
 * password (or the configured one) and prints it once. There is no default password.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

  private final StaffAccounts accounts;
  private final Agencies agencies;
  private final SecurityProperties properties;

  private final String rootCode;
  private final String rootName;

  InitialAdministrator(
      StaffAccounts accounts,
      Agencies agencies,
      SecurityProperties properties,
      @Value("${gongkai.root-agency-code:500000}") String rootCode,
      @Value("${gongkai.root-agency-name:重庆市人民政府}") String rootName) {
    this.rootCode = rootCode;
    this.rootName = rootName;
    this.accounts = accounts;
    this.agencies = agencies;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (agencies.tree().roots().isEmpty()) {
      // without demo data the tree starts with the configured root government
      agencies.add(List.of(new NewAgency(rootCode, null, AgencyKind.GOVERNMENT, AgencyLevel.MUNICIPAL, 0,
          new AgencyDetails(rootName, null, null, null, null, null, null, null, null, null, null, null, null, true, null))));
      log.info("已创建根机构 {} {}", rootCode, rootName);
    }
    String root = agencies.tree().roots().get(0).code();
    String password = accounts.createFirstAdministrator(root, properties.initialAdminPassword());
    if (password != null) {
      boolean configured = properties.initialAdminPassword() != null && !properties.initialAdminPassword().isBlank();
      String banner =
          "\n==================================================================\n"
              + "  首次启动：已创建系统管理员账号\n"
              + "  用户名: admin\n"
              + (configured ? "  密码: （取自 GONGKAI_SECURITY_INITIAL_ADMIN_PASSWORD）\n" : "  密码: " + password + "\n")
              + "  此密码只显示这一次，请登录后立即修改。\n"
              + "==================================================================";
      System.out.println(banner);
    }
  }
}
