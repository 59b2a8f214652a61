package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The catalogue screens in a real headless Chromium on the H2 demo database: staff design a
 * micro-certification from idea to review, the consortium admin approves and publishes it, and the
 * list finds it among the published ones; an incomplete draft is refused with every failing rule;
 * staff plan a session on a published entry (a wrong one is refused, nothing added) and start its
 * next version.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueUiIT {

  private static final By MESSAGES = By.id("messages");
  private static final By STATUS = By.id("tabs:review:status");

  /**
   * A published demo entry of UPVD (demo/catalogue-workflow.csv), which the demo gives sessions.
   */
  private static final String DEMO_PUBLISHED = "MC-ENERGIE-SOLAIRE";

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
  void staff_design_and_submit_then_the_admin_approves_and_publishes() {
    String code = uniqueCode();
    browser.logIn("staff.ulille", Api.PASSWORD);
    browser.clickAndReload(By.id("menu:catalogue"));
    browser.clickAndReload(By.id("filters:new"));
    String id = createDraft(code);
    assertThat(browser.text(By.id("heading"))).contains(code);
    assertThat(failingRules())
        .contains("ASSESSMENT_TYPE", "COMPETENCY_GRID", "SUSTAINABILITY_PLAN");

    describe();
    defineOneCompetency();
    plan();
    assertThat(browser.text(By.id("tabs:plan:margin"))).contains("180,00");
    assertThat(browser.text(By.id("tabs:plan:breakEvenSession"))).isEqualTo("5 apprenants");
    WebElement chart = browser.find(By.cssSelector("[id='tabs:plan:chart'] canvas"));
    assertThat(chart.getSize().getHeight()).isPositive();
    assertThat(failingRules()).as("the checklist is all green").isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector(".uc-checklist .uc-pass"))).hasSize(14);
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();", chart);
    browser.screenshot("catalogue-plan-staff");

    tab("Relecture et publication");
    browser.clickAndReload(By.id("tabs:review:submit"));
    assertThat(browser.text(STATUS)).isEqualTo("En relecture");
    assertThat(browser.driver.findElements(By.id("tabs:review:approve")))
        .as("staff of the university may approve too, but the admin does it here")
        .hasSize(1);
    browser.logOut();

    browser.logIn("admin", Api.PASSWORD);
    browser.open("catalogue/edit.xhtml?id=" + id);
    tab("Relecture et publication");
    String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    browser.type("tabs:review:academicReview_reviewer", "Prof. Martin");
    browser.type("tabs:review:academicReview_reviewedOn", today);
    browser.select("tabs:review:academicReview_verdict", "FAVOURABLE");
    browser.type("tabs:review:academicReview_opinion", "Avis favorable");
    browser.clickAndReload(By.id("tabs:review:approve"));
    assertThat(browser.text(STATUS)).isEqualTo("Approuvée");
    browser.type("tabs:review:cfvuInformedOn", today);
    browser.clickAndReload(By.id("tabs:review:publish"));
    assertThat(browser.text(STATUS)).isEqualTo("Publiée");
    assertThat(browser.text(MESSAGES)).contains("Publiée.");
    browser.screenshot("catalogue-published-admin");

    browser.clickAndReload(By.id("menu:catalogue"));
    browser.select("filters:status", "PUBLISHED");
    browser.type("filters:q", code.toLowerCase(Locale.ROOT));
    browser.clickAndReload(By.id("filters:search"));
    List<WebElement> rows = rows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains(code).contains("ULILLE").contains("Publiée");
    browser.screenshot("catalogue-list-published");

    browser.select("filters:status", "DRAFT");
    browser.clickAndReload(By.id("filters:search"));
    assertThat(browser.text(By.id("results:rows"))).contains("Aucune micro-certification");
    browser.logOut();

    browser.logIn("auditor", Api.PASSWORD);
    browser.open("catalogue/edit.xhtml?id=" + id);
    tab("Relecture et publication");
    assertThat(browser.text(STATUS)).isEqualTo("Publiée");
    assertThat(browser.text(By.id("tabs:review"))).contains("Consultation seule");
    assertThat(browser.driver.findElements(By.id("tabs:review:retire"))).isEmpty();
    browser.open("catalogue/list.xhtml");
    browser.type("filters:q", code);
    browser.clickAndReload(By.id("filters:search"));
    assertThat(browser.text(By.id("results:rows"))).contains(code);
    assertThat(browser.driver.findElements(By.id("filters:new"))).isEmpty();
  }

  @Test
  void an_incomplete_draft_is_refused_with_every_failing_rule_and_wrong_values_shown_inline() {
    String code = uniqueCode();
    browser.logIn("staff.ulille", Api.PASSWORD);
    browser.open("catalogue/edit.xhtml");
    String id = createDraft(code);

    browser.type("tabs:annex:eqfLevel", "9");
    browser.type("tabs:annex:ects", "0");
    browser.clickAndReload(By.id("tabs:annex:save"));
    assertThat(inlineMessage("tabs:annex:eqfLevel"))
        .isEqualTo("La valeur doit être comprise entre 1 et 8.");
    assertThat(inlineMessage("tabs:annex:ects")).contains("ECTS");
    assertThat(browser.find(By.id("tabs:annex:eqfLevel")).getAttribute("value"))
        .as("what the user typed stays for correction")
        .isEqualTo("9");

    browser.open("catalogue/edit.xhtml?id=" + id);
    tab("Relecture et publication");
    browser.clickAndReload(By.id("tabs:review:submit"));
    String messages = browser.text(MESSAGES);
    assertThat(messages)
        .contains("Condition non remplie : Type d'évaluation")
        .contains("Condition non remplie : Volume de travail en crédits ECTS")
        .contains("Condition non remplie : Au moins une compétence")
        .contains("Condition non remplie : Plan de soutenabilité financière");
    assertThat(browser.text(STATUS)).isEqualTo("Brouillon");
    assertThat(failingRules()).hasSize(10);
    browser.screenshot("catalogue-submit-refused");
  }

  @Test
  void staff_plan_a_session_on_a_published_entry_then_start_its_next_version() {
    browser.logIn("staff.upvd", Api.PASSWORD);
    browser.open("catalogue/list.xhtml");
    browser.select("filters:status", "PUBLISHED");
    browser.type("filters:q", DEMO_PUBLISHED);
    browser.clickAndReload(By.id("filters:search"));
    browser.clickAndReload(By.linkText(DEMO_PUBLISHED));
    String id = idInAddress();
    assertThat(browser.text(By.id("versions:version"))).isEqualTo("Version 1");

    tab("Sessions");
    SessionsTab sessions = new SessionsTab(browser);
    int before = sessions.rows().size();
    assertThat(before).as("the demo plans two sessions per published entry").isEqualTo(2);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    String code = "UI-" + uniqueCode().substring(3, 9);
    sessions.plan(code, today.plusDays(60), today.plusDays(90), today, today.plusDays(55));
    assertThat(browser.text(MESSAGES)).contains("Session planifiée.");
    assertThat(sessions.rows()).hasSize(before + 1);
    assertThat(sessions.row(code))
        .contains(today.plusDays(60) + " → " + today.plusDays(90))
        .contains("Claire Dubois, Karim Benali")
        .contains("moodle.upvd.example")
        .contains("Inscriptions ouvertes");

    String refused = "UI-" + uniqueCode().substring(3, 9);
    sessions.plan(refused, today.plusDays(60), today.plusDays(50), today, today.plusDays(40));
    assertThat(inlineMessage("tabs:sessions:endsOn"))
        .isEqualTo("La session se termine le jour de son début ou après.");
    assertThat(browser.text(MESSAGES)).doesNotContain("Session planifiée.");
    assertThat(sessions.rows()).as("nothing added").hasSize(before + 1);
    assertThat(browser.text(By.id("tabs:sessionList:rows"))).doesNotContain(refused);
    assertThat(browser.find(By.id("tabs:sessions:code")).getAttribute("value"))
        .as("the refused plan stays for correction")
        .isEqualTo(refused);
    browser.screenshot("catalogue-session-refused");

    browser.clickAndReload(By.id("versions:newVersion"));
    browser.wait.until(d -> !idInAddress().equals(id));
    assertThat(browser.text(By.id("versions:version"))).isEqualTo("Version 2");
    assertThat(browser.find(By.id("versions:previousVersion")).getAttribute("href"))
        .endsWith("id=" + id);
    assertThat(browser.text(By.id("heading"))).contains(DEMO_PUBLISHED);
    assertThat(browser.find(By.id("tabs:annex:gradeScheme")).isEnabled())
        .as("the new version is a draft, open to change")
        .isTrue();
    tab("Relecture et publication");
    assertThat(browser.text(STATUS)).isEqualTo("Brouillon");
    browser.screenshot("catalogue-new-version");
  }

  @Test
  void staff_import_drafts_every_error_listed_when_refused_the_count_when_accepted()
      throws IOException {
    String good = uniqueCode();
    browser.logIn("staff.upvd", Api.PASSWORD);
    browser.open("catalogue/list.xhtml");

    upload("code;titleFr;hours\n" + good + ";Import UI;18\n" + uniqueCode() + ";Trop long;45\n");
    assertThat(browser.text(MESSAGES)).contains("rien n'a été créé : 1 erreur(s)");
    List<WebElement> errors =
        browser.driver.findElements(By.cssSelector("[id='import:errors_data'] tr"));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getText()).startsWith("3").contains("hours");
    browser.screenshot("catalogue-import-refused");

    upload("code;titleFr;hours\n" + good + ";Import UI;18\n");
    assertThat(browser.text(MESSAGES)).contains("1 brouillon(s) créé(s).");
    assertThat(browser.driver.findElements(By.id("import:errors"))).isEmpty();
    browser.type("filters:q", good);
    browser.clickAndReload(By.id("filters:search"));
    assertThat(browser.text(By.id("results:rows"))).contains(good).contains("Brouillon");
  }

  /** Chooses a CSV file with {@code content} in the import form of the list and sends it. */
  private void upload(String content) throws IOException {
    Path file = Files.createTempFile("catalogue-import", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    browser
        .driver
        .findElement(By.cssSelector("[id='import'] input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.clickAndReload(By.id("import:upload"));
  }

  private String idInAddress() {
    return browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
  }

  /** Fills the creation form and returns the id of the new draft, from its edit page's address. */
  private String createDraft(String code) {
    browser.type("identity:code", code);
    browser.type("identity:titleFr", "Analyser des données avec Python " + code);
    browser.type("identity:titleEn", "Data analysis with Python");
    browser.type("identity:hours", "18");
    browser.clickAndReload(By.id("identity:create"));
    browser.wait.until(ExpectedConditions.urlContains("edit.xhtml?id="));
    return idInAddress();
  }

  private void describe() {
    browser.type(
        "tabs:annex:learningOutcomesFr", "Nettoyer un jeu de données\nProduire un graphique");
    browser.type("tabs:annex:ects", "1");
    browser.type("tabs:annex:eqfLevel", "6");
    browser.select("tabs:annex:assessmentType", "AUTHENTIC_TASK");
    browser.select("tabs:annex:participationForm", "ONLINE");
    browser.select("tabs:annex:qualityAssurance", "QUALIOPI");
    browser.select("tabs:annex:identityVerification", "SUPERVISED_WITH_ID_CHECK");
    browser.type("tabs:annex:attendanceThresholdPercent", "80");
    browser.type("tabs:annex:price", "300.00");
    browser.clickAndReload(By.id("tabs:annex:save"));
    assertThat(browser.text(MESSAGES)).contains("Enregistré.");
  }

  private void defineOneCompetency() {
    tab("Compétences et grilles");
    browser.clickAndReload(By.id("tabs:competencies:addCompetency"));
    String row = "tabs:competencies:list:0:";
    browser.type(row + "code", "C1");
    browser.type(row + "titleFr", "Préparer les données");
    browser.type(row + "outcomes", "Nettoyer un jeu de données");
    browser.type(row + "levels", "Insuffisant\nSatisfaisant\nExcellent");
    browser.type(row + "passLevel", "2");
    browser.type(row + "criteria:0:criterion", "Qualité du nettoyage");
    browser.clickAndReload(By.id(row + "addCriterion"));
    browser.type(row + "criteria:1:criterion", "Documentation des choix");
    browser.clickAndReload(By.id("tabs:competencies:save"));
    assertThat(browser.text(MESSAGES)).contains("Enregistré.");
    assertThat(browser.find(By.id(row + "criteria:1:criterion")).getAttribute("value"))
        .isEqualTo("Documentation des choix");
  }

  /** The plan of the domain's hand-computed example: margin 180 €, 900 € per session. */
  private void plan() {
    tab("Plan de soutenabilité");
    String p = "tabs:plan:";
    browser.type(p + "design_hours", "40");
    browser.type(p + "design_hourlyCost", "50");
    browser.type(p + "design_productionCosts", "3000");
    browser.type(p + "session_tutoringHours", "20");
    browser.type(p + "session_tutoringRate", "45");
    browser.type(p + "session_otherCosts", "0");
    browser.type(p + "learner_platform", "10");
    browser.type(p + "learner_assessment", "15");
    browser.type(p + "learner_certificate", "5");
    browser.type(p + "pricing_price", "300");
    browser.type(p + "pricing_commissionPercent", "20");
    browser.type(p + "pricing_consortiumSharePercent", "10");
    browser.type(p + "horizon_sessions", "4");
    browser.type(p + "horizon_forecastLearnersPerSession", "12");
    browser.clickAndReload(By.id(p + "save"));
    assertThat(browser.text(MESSAGES)).contains("Enregistré.");
  }

  private void tab(String title) {
    browser
        .find(
            By.xpath(
                "//li[contains(@class,'ui-tabs-header')][contains(normalize-space(.),'"
                    + title
                    + "')]"))
        .click();
  }

  /** The rules of the checklist that fail now, by name. */
  private List<String> failingRules() {
    return browser.driver.findElements(By.cssSelector(".uc-checklist .uc-fail")).stream()
        .map(e -> e.getAttribute("data-rule"))
        .toList();
  }

  private String inlineMessage(String inputId) {
    return browser.text(
        By.xpath(
            "//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')][1]"));
  }

  private List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("[id='results:rows_data'] tr"));
  }

  private static String uniqueCode() {
    return "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
