package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.MC;
import static fr.unicamp.webapp.it.ApiFixtures.errorsOf;
import static fr.unicamp.webapp.it.ApiFixtures.expect;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catalogue versions and the remaining elements over HTTP, on PostgreSQL: a frozen entry gets a new
 * draft version, the versions are listed, publishing the new one retires the old, and the
 * marketplace list shows every Annex I element. Every test makes its own micro-certifications.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueVersionsApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  Api api;
  ApiFixtures fx;

  @BeforeEach
  void client() {
    api = new Api(url);
    fx = new ApiFixtures(api);
  }

  private Optional<JsonObject> inPublishedList(String user, long id) {
    return fx.everyItem(user, MC + "?status=PUBLISHED").stream()
        .filter(item -> item.getJsonNumber("id").longValue() == id)
        .findFirst();
  }

  private List<Integer> versions(String user, long id) {
    return api.get(user, MC + "/" + id + "/versions").json().asJsonArray().stream()
        .map(v -> v.asJsonObject().getInt("version"))
        .toList();
  }

  @Test
  void drafts_a_new_version_of_a_published_entry_and_publishing_it_retires_the_old_one() {
    long v1 = fx.published("ULILLE", uniqueCode("IT-V"), 12, CatalogueBodies.FULL_ANNEX);
    String frozen = api.get("staff.ulille", MC + "/" + v1).body();

    var created = api.post("staff.ulille", MC + "/" + v1 + "/new-version", "");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject v2 = created.object();
    long v2Id = v2.getJsonNumber("id").longValue();
    assertThat(created.header("Location")).endsWith("/" + MC + "/" + v2Id);
    assertThat(v2Id).isNotEqualTo(v1);
    assertThat(v2.getInt("version")).isEqualTo(2);
    assertThat(v2.getJsonNumber("previousVersionId").longValue()).isEqualTo(v1);
    assertThat(v2.getString("status")).isEqualTo("DRAFT");
    assertThat(v2.getString("gradeScheme")).isEqualTo("Acquis / non acquis");
    assertThat(v2.getJsonArray("coProducers").getString(0)).isEqualTo("URENNES");
    assertThat(v2.containsKey("reviewer")).as("the review is not copied").isFalse();
    assertThat(api.get("staff.ulille", MC + "/" + v2Id + "/competencies").json().asJsonArray())
        .hasSize(2);
    assertThat(api.get("staff.ulille", MC + "/" + v2Id + "/sustainability-plan").status())
        .isEqualTo(200);
    assertThat(api.get("staff.ulille", MC + "/" + v1).body()).as("v1 frozen").isEqualTo(frozen);

    assertThat(versions("staff.ulille", v1)).containsExactly(1, 2);
    assertThat(versions("staff.urennes", v1)).as("only the published one").containsExactly(1);
    assertThat(api.get("staff.urennes", MC + "/" + v2Id + "/versions").status()).isEqualTo(404);

    var second = api.post("staff.ulille", MC + "/" + v1 + "/new-version", "");
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.object().getString("type")).endsWith("/conflict");
    assertThat(versions("staff.ulille", v1)).containsExactly(1, 2);

    expect(
        200,
        api.put(
            "staff.ulille",
            MC + "/" + v2Id,
            CatalogueBodies.FULL_ANNEX.replace("UniCamp", "ULille")));
    fx.publish("staff.ulille", v2Id);
    JsonObject old = api.get("staff.ulille", MC + "/" + v1).object();
    assertThat(old.getString("status")).isEqualTo("RETIRED");
    assertThat(old.getString("retirementReason")).isEqualTo("superseded by version 2");
    assertThat(inPublishedList("staff.urennes", v1)).isEmpty();
    assertThat(inPublishedList("staff.urennes", v2Id).orElseThrow().getString("brand"))
        .isEqualTo("ULille");
    String audit = api.get("admin", "api/audit?limit=200").body();
    assertThat(audit).contains("micro-certification.new-version", "superseded by version 2");
  }

  @Test
  void other_universities_finance_and_auditors_cannot_draft_a_version_and_nothing_is_written() {
    long published = fx.published("ULILLE", uniqueCode("IT-V"), 12, CatalogueBodies.FULL_ANNEX);
    long approved = fx.draft("ULILLE", uniqueCode("IT-V"), 12);
    fx.complete("staff.ulille", approved, CatalogueBodies.FULL_ANNEX);
    expect(200, api.post("staff.ulille", MC + "/" + approved + "/submit", "{}"));
    expect(200, api.post("admin", MC + "/" + approved + "/approve", CatalogueBodies.REVIEW));

    var foreignHidden = api.post("staff.urennes", MC + "/" + approved + "/new-version", "");
    assertThat(foreignHidden.status()).as("not visible: 404").isEqualTo(404);
    assertThat(api.get("staff.urennes", MC + "/" + approved + "/versions").status()).isEqualTo(404);
    for (String user : List.of("staff.urennes", "finance", "auditor")) {
      var refused = api.post(user, MC + "/" + published + "/new-version", "");
      assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
      assertThat(refused.object().getString("type")).endsWith("/forbidden");
    }

    assertThat(versions("staff.ulille", published)).containsExactly(1);
    assertThat(versions("staff.ulille", approved)).containsExactly(1);
    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille",
                    MC + "/" + fx.draft("ULILLE", uniqueCode("IT-V"), 12) + "/new-version",
                    "")))
        .containsExactly("status:error.version.not-frozen");
  }

  @Test
  void reports_every_broken_element_co_producer_and_team_rule_and_saves_nothing() {
    long id = fx.draft("ULILLE", uniqueCode("IT-V"), 12);
    expect(200, api.put("staff.ulille", MC + "/" + id, CatalogueBodies.FULL_ANNEX));
    String before = api.get("staff.ulille", MC + "/" + id).body();

    String bad =
        CatalogueBodies.FULL_ANNEX
            .replace("\"eqfLevel\":6", "\"eqfLevel\":9")
            .replace("[\"URENNES\"]", "[\"urennes\",\"UNOWHERE\"]")
            .replace("[\"Léa Martin\"]", "[\"Léa\\nMartin\"]")
            .replace("\"UniCamp\"", "\"" + "B".repeat(201) + "\"");
    assertThat(errorsOf(api.put("staff.ulille", MC + "/" + id, bad)))
        .containsExactly(
            "eqfLevel:error.range",
            "coProducers[0]:error.university-code.format",
            "tutors:error.team.names",
            "brand:error.text.too-long",
            "coProducers[1]:error.co-producer.unknown");
    String foreign =
        CatalogueBodies.FULL_ANNEX.replace("[\"URENNES\"]", "[\"ULILLE\",\"UNOWHERE\",\"UBO\"]");
    assertThat(errorsOf(api.put("staff.ulille", MC + "/" + id, foreign)))
        .containsExactly(
            "coProducers[0]:error.co-producer.awarding",
            "coProducers[1]:error.co-producer.unknown");
    assertThat(api.get("staff.ulille", MC + "/" + id).body()).isEqualTo(before);
  }

  @Test
  void an_unfavourable_review_does_not_approve_and_an_unknown_verdict_is_refused() {
    long id = fx.draft("ULILLE", uniqueCode("IT-V"), 12);
    fx.complete("staff.ulille", id, CatalogueBodies.FULL_ANNEX);
    String path = MC + "/" + id;
    expect(200, api.post("staff.ulille", path + "/submit", "{}"));
    String review = CatalogueBodies.REVIEW;

    assertThat(errorsOf(api.post("admin", path + "/approve", review.replace("FAVOURABLE", "NO"))))
        .containsExactly("verdict:error.code.unknown");
    String unfavourable = review.replace("FAVOURABLE", "UNFAVOURABLE");
    assertThat(errorsOf(api.post("admin", path + "/approve", unfavourable)))
        .containsExactly("academicReview.verdict:error.workflow.unfavourable-opinion");
    assertThat(api.get("staff.ulille", path).object().getString("status")).isEqualTo("IN_REVIEW");
  }

  @Test
  void the_marketplace_list_shows_every_annex_element_of_a_published_entry() {
    long id = fx.published("ULILLE", uniqueCode("IT-V"), 12, CatalogueBodies.FULL_ANNEX);

    JsonObject entry = inPublishedList("staff.urennes", id).orElseThrow();

    assertThat(entry.keySet())
        .contains(
            "id",
            "university",
            "code",
            "version",
            "titleFr",
            "hours",
            "issuerCountry",
            "issuerRegion",
            "learningOutcomesFr",
            "learningOutcomesEn",
            "ects",
            "eqfLevel",
            "assessmentType",
            "participationForm",
            "qualityAssurance",
            "prerequisites",
            "identityVerification",
            "gradeScheme",
            "integrationStackability",
            "furtherInformation",
            "attendanceThresholdPercent",
            "validityMonths",
            "price",
            "nsfCode",
            "coProducers",
            "designers",
            "tutors",
            "brand",
            "publishedAt");
    assertThat(entry.getString("university")).isEqualTo("ULILLE");
    assertThat(entry.getString("universityName")).isEqualTo("Université de Lille");
    assertThat(entry.getString("reviewVerdict")).isEqualTo("FAVOURABLE");
    assertThat(entry.getInt("version")).isEqualTo(1);
    assertThat(entry.containsKey("previousVersionId")).isFalse();
    assertThat(entry.getString("integrationStackability"))
        .isEqualTo("Premier bloc du DIU Science des données");
    assertThat(entry.getJsonArray("designers").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Claire Dupont", "Karim Benali");
    assertThat(entry.getString("price")).isEqualTo("120.00");
  }
}
