package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupAnnouncementTest {

  @Test
  void theAddressToOpenIsLocalhostUnlessTheServerListensOnOneAddress() {
    assertThat(StartupAnnouncement.baseUrl(null, 8080, null)).isEqualTo("http://localhost:8080/");
    assertThat(StartupAnnouncement.baseUrl("0.0.0.0", 8080, "")).isEqualTo("http://localhost:8080/");
    assertThat(StartupAnnouncement.baseUrl("::", 9090, "/")).isEqualTo("http://localhost:9090/");
    assertThat(StartupAnnouncement.baseUrl("10.1.2.3", 80, null)).isEqualTo("http://10.1.2.3:80/");
    assertThat(StartupAnnouncement.baseUrl("fe80::1", 8080, null)).isEqualTo("http://[fe80::1]:8080/");
  }

  @Test
  void aContextPathIsPartOfTheAddressWithExactlyOneSlashAtItsEnd() {
    assertThat(StartupAnnouncement.baseUrl(null, 8080, "/gongkai")).isEqualTo("http://localhost:8080/gongkai/");
    assertThat(StartupAnnouncement.baseUrl(null, 8080, "gongkai/")).isEqualTo("http://localhost:8080/gongkai/");
  }
}
