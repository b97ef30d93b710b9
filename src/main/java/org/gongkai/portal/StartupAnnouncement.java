package org.gongkai.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where the platform answers once it is ready — after the demo data and the first
 * administrator's password banner, so that the address is the last thing on the console (the
 * README's first command promises it). Without a web server (tests) it says nothing.
 */
@Component
class StartupAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

  private final Environment environment;

  StartupAnnouncement(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    Integer port = environment.getProperty("local.server.port", Integer.class);
    if (port == null) {
      return;
    }
    String base = baseUrl(environment.getProperty("server.address"), port, environment.getProperty("server.servlet.context-path"));
    log.info("Gongkai 已就绪：门户 {}，工作台 {}admin", base, base);
    System.out.println(
        "\n==================================================================\n"
            + "  Gongkai 已就绪\n"
            + "  门户网站：" + base + "\n"
            + "  工作台：  " + base + "admin\n"
            + "==================================================================");
  }

  /**
   * The address to open in a browser: localhost when the server listens on every address (none
   * configured, 0.0.0.0 or ::), an IPv6 address in brackets; always ending in a slash.
   */
  static String baseUrl(String address, int port, String contextPath) {
    String host = address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")
        ? "localhost"
        : address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    String path = contextPath == null || contextPath.isBlank() || contextPath.equals("/") ? "" : contextPath.strip();
    if (!path.isEmpty() && !path.startsWith("/")) {
      path = "/" + path;
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return "http://" + host + ":" + port + path + "/";
  }
}
