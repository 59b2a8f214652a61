package fr.unicamp.webapp.it;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The sessions tab of the catalogue edit page, as the browser suite drives it. */
final class SessionsTab {

  private static final String FORM = "tabs:sessions:";

  private final Browser browser;

  SessionsTab(Browser browser) {
    this.browser = browser;
  }

  /** Fills the session form with two tutors, an LMS course and the first modality; saves it. */
  void plan(
      String code, LocalDate startsOn, LocalDate endsOn, LocalDate opensOn, LocalDate closesOn) {
    browser.type(FORM + "code", code);
    browser.type(FORM + "startsOn", startsOn.toString());
    browser.type(FORM + "endsOn", endsOn.toString());
    browser.type(FORM + "enrolmentOpensOn", opensOn.toString());
    browser.type(FORM + "enrolmentClosesOn", closesOn.toString());
    browser.type(FORM + "capacity", "20");
    new Select(browser.find(By.id(FORM + "modality"))).selectByIndex(1);
    browser.type(FORM + "tutors", "Claire Dubois\nKarim Benali");
    browser.type(FORM + "lmsCourse", "https://moodle.upvd.example/course/view.php?id=77");
    browser.clickAndReload(By.id(FORM + "save"));
  }

  /** The rows of the sessions table, none when it shows its empty message. */
  List<WebElement> rows() {
    return browser.driver.findElements(
        By.cssSelector("[id='tabs:sessionList:rows_data'] tr:not(.ui-datatable-empty-message)"));
  }

  /** The text of the row of session {@code code}. */
  String row(String code) {
    return rows().stream()
        .map(WebElement::getText)
        .filter(t -> t.contains(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session " + code + " in the table"));
  }
}
