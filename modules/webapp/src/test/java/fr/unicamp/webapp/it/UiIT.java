package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("unicamp-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void logIn(String user, String password) {
    browser.get(url + "index.xhtml");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.findElement(By.id("login:username")).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  /** Keeps what the user saw under target/screenshots, for reviews of the UI. */
  private void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.copy(
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        dir.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private List<WebElement> universityRows() {
    try {
      return wait.until(
          ExpectedConditions.presenceOfAllElementsLocatedBy(
              By.cssSelector("[id$='universities_data'] tr")));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no dashboard rows at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
    }
  }

  @Test
  void staff_log_in_and_see_their_university_on_the_dashboard() {
    browser.get(url + "login.xhtml");
    String before = browser.manage().getCookieNamed("UNICAMP_SESSION").getValue();
    logIn("staff.ulille", Api.PASSWORD);
    wait.until(ExpectedConditions.urlContains("index.xhtml"));
    List<WebElement> rows = universityRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("ULILLE").contains("Université de Lille");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Universités du consortium");
    assertThat(browser.findElement(By.id("menu:who")).getText())
        .contains("staff.ulille")
        .contains("ULILLE");
    assertThat(browser.findElements(By.id("menu:university"))).isEmpty();
    assertThat(browser.manage().getCookieNamed("UNICAMP_SESSION").getValue())
        .as("the session id changes at login (no session fixation)")
        .isNotEqualTo(before);

    browser.findElement(By.id("menu:logout")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.get(url + "index.xhtml");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  void a_consortium_admin_sees_all_nineteen_universities_and_can_switch_to_english()
      throws IOException {
    logIn("admin", Api.PASSWORD);
    wait.until(ExpectedConditions.urlContains("index.xhtml"));
    assertThat(universityRows()).hasSize(19);
    assertThat(browser.findElements(By.id("menu:university"))).hasSize(1);

    screenshot("dashboard-admin-fr");
    browser.findElement(By.id("menu:lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Consortium universities"));
    assertThat(browser.findElement(By.id("menu:who")).getText())
        .contains("Consortium administration");
    assertThat(universityRows()).hasSize(19);
  }

  @Test
  void a_wrong_password_keeps_the_user_on_the_login_page_with_a_message() {
    logIn("staff.ulille", "not-the-password");
    WebElement message =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login:messages'] .ui-messages-error")));
    assertThat(message.getText()).contains("incorrect");
    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
  }
}
