package fr.unicamp.webapp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven the way the browser suites need it: log in, fill and submit forms that
 * reload the page, keep screenshots under {@code target/screenshots}. One per test.
 */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;
  private final String base;

  Browser(URL deployment) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
  }

  /** Opens a page of the application, e.g. {@code catalogue/list.xhtml}. */
  void open(String page) {
    driver.get(base + page);
  }

  void logIn(String user, String password) {
    submitLogIn(user, password);
    wait.until(ExpectedConditions.urlContains("index.xhtml"));
  }

  /** Fills and sends the login form, whatever it answers (a wrong password stays on it). */
  void submitLogIn(String user, String password) {
    open("index.xhtml");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }

  void logOut() {
    clickAndReload(By.id("menu:logout"));
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  String text(By by) {
    return find(by).getText();
  }

  /** Replaces the text of an input. */
  void type(String id, String text) {
    WebElement input = find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  void select(String id, String value) {
    new Select(find(By.id(id))).selectByValue(value);
  }

  /** Clicks what submits the whole page and waits for the new one. */
  void clickAndReload(By by) {
    WebElement element = find(by);
    element.click();
    wait.until(d -> isGone(element));
    wait.until(d -> !d.findElements(By.tagName("body")).isEmpty());
  }

  /**
   * Whether the page that held {@code element} was replaced. Like Selenium's {@code stalenessOf},
   * but Chromium may also answer "Node with given id does not belong to the document" while the old
   * page is being torn down, which means the same.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.copy(
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
          dir.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
