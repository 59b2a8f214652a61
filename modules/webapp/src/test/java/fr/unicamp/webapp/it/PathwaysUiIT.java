package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pathway screens in a real headless Chromium on the H2 demo database: the demo's bloc and DIU
 * are listed as active; staff stack published micro-certifications of several universities into a
 * bloc, whose activation is refused below the band with the rule in the user's language and
 * accepted once members bring it into the band; the auditor only reads it; a draft is deleted.
 */
@ExtendWith(ArquillianExtension.class)
class PathwaysUiIT {

  private static final By MESSAGES = By.id("messages");
  private static final By HOURS = By.id("pathway:hours");
  private static final String DEMO_BLOC =
      "Bloc de compétences : concevoir et animer une formation numérique";
  private static final String DEMO_DIU = "DIU Ingénierie de la formation à distance";

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

  @Test
  void the_demo_bloc_and_diu_are_listed_as_active() {
    browser.logIn("admin", Api.PASSWORD);
    browser.clickAndReload(By.id("menu:pathways"));
    browser.select("filters:status", "ACTIVE");
    browser.clickAndReload(By.id("filters:search"));
    assertThat(row(DEMO_BLOC))
        .contains("Bloc de compétences")
        .contains("Actif")
        .contains("(50–100 h)")
        .contains("dans la fourchette");
    assertThat(row(DEMO_DIU))
        .contains("Diplôme inter-universitaire")
        .contains("Actif")
        .contains("(120–300 h)")
        .contains("dans la fourchette");
    browser.screenshot("pathways-list-demo");

    browser.select("filters:kind", "DIU");
    browser.clickAndReload(By.id("filters:search"));
    assertThat(browser.text(By.id("results:rows"))).contains(DEMO_DIU).doesNotContain(DEMO_BLOC);
    browser.select("filters:status", "CLOSED");
    browser.clickAndReload(By.id("filters:search"));
    assertThat(browser.text(By.id("results:rows"))).doesNotContain(DEMO_DIU);
  }

  @Test
  void staff_stack_two_universities_into_a_bloc_activated_once_in_its_band_the_auditor_reads_it() {
    String title = "Bloc " + unique() + " : piloter un projet numérique";
    browser.logIn("staff.ulille", Api.PASSWORD);
    browser.clickAndReload(By.id("menu:pathways"));
    browser.clickAndReload(By.id("filters:new"));
    browser.type("pathway:titleFr", title);
    browser.type("pathway:titleEn", "Skills block: running a digital project");
    pick("MC-IA-PEDA", "ULILLE");
    pick("MC-DATA-VIZ", "URENNES");
    assertThat(browser.text(HOURS)).contains("48 / 48 h (50–100 h)").contains("sous la fourchette");
    browser.clickAndReload(By.id("pathway:save"));
    browser.wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
    String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
    assertThat(status()).isEqualTo("DRAFT");

    browser.clickAndReload(By.id("pathway:activate"));
    assertThat(browser.text(MESSAGES))
        .contains(
            "Micro-certifications : L'ensemble des micro-certifications totalise 48 h, en deçà du"
                + " minimum de 50 h d'un parcours BLOC.");
    assertThat(errors()).as("each broken rule is listed once").hasSize(1);
    assertThat(status()).isEqualTo("DRAFT");
    browser.screenshot("pathways-activation-refused");
    browser.clickAndReload(By.id("menu:lang-en"));
    browser.clickAndReload(By.id("pathway:activate"));
    assertThat(browser.text(MESSAGES))
        .contains("All the micro-certifications together total 48 h, below the 50 h minimum");
    browser.clickAndReload(By.id("menu:lang-fr"));

    pick("MC-VIN-RSE", "UBORDEAUX");
    assertThat(browser.text(HOURS)).contains("70 / 70 h").contains("dans la fourchette");
    browser.find(By.id("pathway:members:1:required")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(HOURS, "42 / 70 h"));
    browser.clickAndReload(By.id("pathway:activate"));
    assertThat(browser.text(MESSAGES)).contains("Parcours activé.");
    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(browser.text(By.id("pathway:members")))
        .contains("MC-IA-PEDA")
        .contains("URENNES")
        .contains("UBORDEAUX");
    assertThat(browser.find(By.id("pathway:members:1:required")).isSelected()).isFalse();
    assertThat(browser.driver.findElements(By.id("pathway:close"))).hasSize(1);
    assertThat(browser.driver.findElements(By.id("pathway:delete"))).isEmpty();
    browser.screenshot("pathways-bloc-active");
    browser.logOut();

    browser.logIn("auditor", Api.PASSWORD);
    browser.clickAndReload(By.id("menu:pathways"));
    assertThat(row(title)).contains("ULILLE").contains("Actif").contains("42 / 70 h");
    assertThat(browser.driver.findElements(By.id("filters:new"))).isEmpty();
    browser.open("pathways/edit.xhtml?id=" + id);
    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(browser.text(By.id("pathway:readOnly"))).contains("Consultation seule");
    assertThat(browser.find(By.id("pathway:titleFr")).isEnabled()).isFalse();
    for (String action : List.of("save", "activate", "close", "delete", "picker", "q")) {
      assertThat(browser.driver.findElements(By.id("pathway:" + action))).as(action).isEmpty();
    }
    browser.screenshot("pathways-auditor-read-only");
  }

  @Test
  void a_refused_draft_lists_every_broken_rule_and_a_saved_draft_can_be_deleted() {
    browser.logIn("staff.ulille", Api.PASSWORD);
    browser.open("pathways/edit.xhtml");
    browser.select("pathway:kind", "DIU");
    browser.type("pathway:rncpBlockCode", "RNCP12345BC01");
    browser.clickAndReload(By.id("pathway:save"));
    assertThat(browser.text(MESSAGES))
        .contains("Intitulé (français) : Ce champ est obligatoire.")
        .contains("Code de bloc RNCP : Seul un bloc de compétences peut porter un code de bloc");
    assertThat(errors()).hasSize(2);
    assertThat(inlineMessage("pathway:titleFr")).isEqualTo("Ce champ est obligatoire.");
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("id=");

    String title = "Brouillon " + unique();
    browser.select("pathway:kind", "BLOC");
    browser.type("pathway:rncpBlockCode", "");
    browser.type("pathway:titleFr", title);
    pick("MC-HYBRID", "ULILLE");
    browser.clickAndReload(By.id("pathway:save"));
    browser.wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
    assertThat(browser.text(By.id("pathway:heading"))).isEqualTo(title);
    browser.clickAndReload(By.id("pathway:delete"));
    browser.wait.until(ExpectedConditions.urlContains("pathways/list.xhtml"));
    assertThat(browser.text(MESSAGES)).contains("Brouillon supprimé.");
    assertThat(browser.text(By.id("results:rows"))).doesNotContain(title);
  }

  /** Finds a published micro-certification by its code in the picker and adds it. */
  private void pick(String code, String university) {
    browser.type("pathway:q", code);
    browser.clickAndReload(By.id("pathway:search"));
    List<WebElement> found =
        browser.driver.findElements(By.cssSelector("[id='pathway:candidates_data'] tr"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getText()).contains(code).contains(university);
    browser.clickAndReload(By.id("pathway:candidates:0:add"));
    assertThat(browser.text(By.id("pathway:members"))).contains(code);
  }

  private List<WebElement> errors() {
    return browser.driver.findElements(By.cssSelector("#messages .ui-messages-error-summary"));
  }

  private String inlineMessage(String inputId) {
    return browser.text(
        By.xpath(
            "//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')][1]"));
  }

  private String status() {
    return browser.find(By.cssSelector("[data-status]")).getAttribute("data-status");
  }

  /** The text of the list's one row whose title is {@code title}. */
  private String row(String title) {
    List<WebElement> rows =
        browser.driver.findElements(By.cssSelector("[id='results:rows_data'] tr")).stream()
            .filter(r -> r.getText().contains(title))
            .toList();
    assertThat(rows).as("rows titled %s", title).hasSize(1);
    return rows.get(0).getText();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
