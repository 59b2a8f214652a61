package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The back-office in a real headless Chromium, on the embedded H2 default with its demo data (what
 * {@code bin/run} gives a newcomer): log in, see the dashboard scoped to the user's university,
 * switch language.
 */
@ExtendWith(ArquillianExtension.class)
class UiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onEmbeddedH2();
  }

  @ArquillianResource URL url;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(url);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private List<WebElement> universityRows() {
    WebDriver driver = browser.driver;
    try {
      return browser.wait.until(
          ExpectedConditions.presenceOfAllElementsLocatedBy(
              By.cssSelector("[id$='universities_data'] tr")));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no dashboard rows at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
    }
  }

  @Test
  void staff_log_in_and_see_their_university_on_the_dashboard() {
    WebDriver driver = browser.driver;
    browser.open("login.xhtml");
    String before = driver.manage().getCookieNamed("UNICAMP_SESSION").getValue();
    browser.logIn("staff.ulille", Api.PASSWORD);
    List<WebElement> rows = universityRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("ULILLE").contains("Université de Lille");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Universités du consortium");
    assertThat(driver.findElement(By.id("menu:who")).getText())
        .contains("staff.ulille")
        .contains("ULILLE");
    assertThat(driver.findElements(By.id("menu:university"))).isEmpty();
    assertThat(driver.manage().getCookieNamed("UNICAMP_SESSION").getValue())
        .as("the session id changes at login (no session fixation)")
        .isNotEqualTo(before);

    driver.findElement(By.id("menu:logout")).click();
    browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.open("index.xhtml");
    browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  void a_consortium_admin_sees_all_nineteen_universities_and_can_switch_to_english() {
    WebDriver driver = browser.driver;
    browser.logIn("admin", Api.PASSWORD);
    assertThat(universityRows()).hasSize(19);
    assertThat(driver.findElements(By.id("menu:university"))).hasSize(1);

    browser.screenshot("dashboard-admin-fr");
    driver.findElement(By.id("menu:lang-en")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Consortium universities"));
    assertThat(driver.findElement(By.id("menu:who")).getText())
        .contains("Consortium administration");
    assertThat(universityRows()).hasSize(19);
  }

  @Test
  void a_wrong_password_keeps_the_user_on_the_login_page_with_a_message() {
    browser.submitLogIn("staff.ulille", "not-the-password");
    WebElement message =
        browser.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login:messages'] .ui-messages-error")));
    assertThat(message.getText()).contains("incorrect");
    assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
  }
}
