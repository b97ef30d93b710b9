package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's first steps in a real headless Chromium: the portal home, an agency, the back-office
 * sign-in and the dashboard. Screenshots go to target/screenshots for a human to look at.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAndBackOfficeBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  private ChromeDriver browser;

  @BeforeAll
  void startBrowser() throws Exception {
    if (!Browser.available()) {
      // CI installs Debian's chromium and chromium-driver (.ci/run); a machine without them cannot run this test
      Assumptions.assumeFalse(System.getenv("CI") == null, "chromium is not installed");
      throw new IllegalStateException("chromium and chromedriver are required in CI: /usr/bin/chromium, /usr/bin/chromedriver");
    }
    browser = Browser.start(1280, 1000);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aVisitorOpensTheHomeFollowsAnAgencyAndAClerkSignsInToTheDashboard() throws Exception {
    String base = "http://localhost:" + port;
    browser.get(base + "/");
    assertThat(browser.getTitle()).contains("政府信息公开");
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("政府信息公开");
    screenshot(browser, "home");

    browser.findElement(By.linkText("万州区政府")).click();
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("重庆市万州区人民政府");
    assertThat(browser.findElements(By.cssSelector(".disclosure-column a")))
        .extracting(e -> e.getText())
        .containsExactly("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报");
    screenshot(browser, "agency");

    browser.findElement(By.linkText("政府信息公开指南")).click();
    assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("政府信息公开工作机构", "20个工作日");

    String user = accounts.create("500101", "CLERK");
    browser.findElement(By.linkText("工作人员登录")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
    screenshot(browser, "login");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("工作台");
    assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("重庆市万州区人民政府", "经办人");
    screenshot(browser, "dashboard");

    browser.findElement(By.cssSelector(".admin-header button.linkish")).click();
    assertThat(browser.getCurrentUrl()).contains("/admin/login?logout");
  }

  @Test
  void theAgencyPageReadsWellOnAPhone() throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      browser.get("http://localhost:" + port + "/agencies/500000B03");
      assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("重庆市教育委员会");
      Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
      Long viewport = (Long) browser.executeScript("return window.innerWidth");
      assertThat(scrollWidth).as("page wider than the phone screen").isLessThanOrEqualTo(viewport);
      screenshot(browser, "agency-phone");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Test
  void anAdministratorCorrectsABadAgencyEditAndFindsItInTheAuditLog() throws Exception {
    String base = "http://localhost:" + port;
    browser.manage().deleteAllCookies();
    browser.get(base + "/admin/login");
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("Test-Root-Password-2026");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("工作台");

    browser.get(base + "/admin/agencies/500102/edit");
    var name = browser.findElement(By.id("name"));
    String original = name.getAttribute("value");
    // remove the browser's own required check so the server's answer is what we see
    browser.executeScript("arguments[0].removeAttribute('required'); arguments[0].value = '';", name);
    browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
    assertThat(browser.findElement(By.id("name-error")).getText()).isEqualTo("机构名称不能为空");
    screenshot(browser, "agency-edit-error");

    browser.findElement(By.id("name")).sendKeys(original);
    browser.findElement(By.id("head")).clear();
    browser.findElement(By.id("head")).sendKeys("浏览器测试");
    browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
    assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("已保存");
    screenshot(browser, "agency-saved");

    browser.get(base + "/admin/accounts");
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("账号管理");
    screenshot(browser, "accounts");

    browser.get(base + "/admin/audit?action=AGENCY_UPDATED");
    assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("负责人", "浏览器测试");
    screenshot(browser, "audit");
  }

  static void screenshot(WebDriver driver, String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve(name + ".png"), png);
  }
}
