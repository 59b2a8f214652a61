package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.MC;
import static fr.unicamp.webapp.it.ApiFixtures.errorsOf;
import static fr.unicamp.webapp.it.ApiFixtures.expect;
import static fr.unicamp.webapp.it.ApiFixtures.parisToday;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Micro-certifications over HTTP, on PostgreSQL: drafted, kept to their university, described with
 * their Annex I elements, competencies and sustainability plan, checked at the gate, submitted,
 * reviewed, published (readable but not writable by other universities) and retired; every refusal
 * lists each broken rule and changes nothing. Every test makes its own micro-certifications.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueApiIT {

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

  /** A ULILLE draft described with {@link CatalogueBodies#ANNEX}. */
  private long describedDraft() {
    long id = fx.draft("ULILLE", uniqueCode("IT"), 12);
    expect(200, api.put("staff.ulille", MC + "/" + id, CatalogueBodies.ANNEX));
    return id;
  }

  /** A complete draft of ULILLE submitted for review (the happy path below, without checks). */
  private long inReview() {
    long id = fx.draft("ULILLE", uniqueCode("IT"), 12);
    fx.complete("staff.ulille", id, CatalogueBodies.ANNEX);
    expect(200, api.post("staff.ulille", MC + "/" + id + "/submit", "{}"));
    return id;
  }

  /** The ids of the published list {@code user} reads, each checked to be PUBLISHED. */
  private List<Long> publishedIds(String user) {
    List<JsonObject> items = fx.everyItem(user, MC + "?status=PUBLISHED");
    assertThat(items).allSatisfy(i -> assertThat(i.getString("status")).isEqualTo("PUBLISHED"));
    return items.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
  }

  @Test
  void staff_of_another_university_get_the_same_404_as_for_a_missing_row() {
    long lille = fx.draft("ULILLE", uniqueCode("IT"), 12);

    var foreign = api.get("staff.urennes", MC + "/" + lille);
    var missing = api.get("staff.urennes", MC + "/999999999");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(foreign.object().getString("type")).isEqualTo(missing.object().getString("type"));
    assertThat(foreign.object().getString("title")).isEqualTo(missing.object().getString("title"));
    assertThat(foreign.body()).doesNotContain("ULILLE");

    assertThat(api.get("staff.ulille", MC + "/" + lille).status()).isEqualTo(200);
    for (String consortiumUser : List.of("admin", "finance", "auditor")) {
      assertThat(api.get(consortiumUser, MC + "/" + lille).status())
          .as(consortiumUser)
          .isEqualTo(200);
    }
  }

  @Test
  void staff_cannot_create_rows_for_another_university_and_nothing_is_written() {
    int before = fx.everyId("admin", MC).size();
    String code = uniqueCode("IT");
    var reply =
        api.post(
            "staff.ulille",
            MC,
            "{\"university\":\"UTLN\",\"code\":\"" + code + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(fx.everyId("admin", MC)).hasSize(before);
    assertThat(api.get("admin", "api/audit?limit=200").body()).doesNotContain(code);
  }

  @Test
  void an_unknown_university_is_a_404_and_writes_nothing() {
    int before = fx.everyId("admin", MC).size();
    var reply =
        api.post(
            "admin",
            MC,
            "{\"university\":\"UNOWHERE\",\"code\":\""
                + uniqueCode("IT")
                + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(fx.everyId("admin", MC)).hasSize(before);
  }

  @Test
  void auditors_read_but_cannot_write() {
    int before = fx.everyId("admin", MC).size();
    var reply =
        api.post(
            "auditor",
            MC,
            "{\"university\":\"ULILLE\",\"code\":\""
                + uniqueCode("IT")
                + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.object().getString("type")).endsWith("/forbidden");
    assertThat(fx.everyId("admin", MC)).hasSize(before);
  }

  @Test
  void refuses_a_duplicate_code_with_a_409_and_keeps_the_first() {
    String code = uniqueCode("IT");
    long first = fx.draft("ULILLE", code, 12);
    var duplicate =
        api.post(
            "staff.ulille",
            MC,
            "{\"university\":\"ULILLE\",\"code\":\""
                + code
                + "\",\"titleFr\":\"Autre\",\"hours\":9}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(api.get("staff.ulille", MC + "/" + first).object().getString("titleFr"))
        .isEqualTo("Titre " + code);
    // the same code in another university is another micro-certification
    fx.draft("URENNES", code, 12);
  }

  @Test
  void pages_with_a_cursor_and_rejects_a_bad_one() {
    fx.draft("ULILLE", uniqueCode("IT"), 12);
    fx.draft("ULILLE", uniqueCode("IT"), 12);
    JsonObject first = api.get("staff.ulille", MC + "?limit=1").object();
    assertThat(first.getJsonArray("items")).hasSize(1);
    String cursor = first.getString("nextCursor");
    JsonObject second = api.get("staff.ulille", MC + "?limit=1&after=" + cursor).object();
    assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isGreaterThan(Long.parseLong(cursor));

    var bad = api.get("staff.ulille", MC + "?after=abc");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("after");
  }

  @Test
  void describes_a_draft_with_its_annex_elements_and_reads_them_back() {
    long id = describedDraft();

    JsonObject m = api.get("staff.ulille", MC + "/" + id).object();
    assertThat(m.getString("status")).isEqualTo("DRAFT");
    assertThat(m.getString("issuerCountry")).isEqualTo("FR");
    assertThat(m.getString("issuerRegion")).isEqualTo("Hauts-de-France");
    assertThat(m.getJsonArray("learningOutcomesFr").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Nettoyer un jeu de données", "Produire un graphique");
    assertThat(m.getJsonArray("learningOutcomesEn")).hasSize(2);
    assertThat(m.getJsonNumber("ects").bigDecimalValue()).isEqualByComparingTo("0.75");
    assertThat(m.getInt("eqfLevel")).isEqualTo(6);
    assertThat(m.getString("assessmentType")).isEqualTo("AUTHENTIC_TASK");
    assertThat(m.getString("participationForm")).isEqualTo("BLENDED");
    assertThat(m.getString("qualityAssurance")).isEqualTo("QUALIOPI");
    assertThat(m.getString("identityVerification")).isEqualTo("SUPERVISED_WITH_ID_CHECK");
    assertThat(m.getInt("attendanceThresholdPercent")).isEqualTo(80);
    assertThat(m.getString("price")).isEqualTo("120.00");
    assertThat(m.getString("nsfCode")).isEqualTo("326t");
    assertThat(m.getString("prerequisites")).isEqualTo("Savoir utiliser un tableur");
    assertThat(m.containsKey("validityMonths")).as("no validity limit").isFalse();

    JsonObject event = fx.auditEventOf("MicroCertification", id, "micro-certification.describe");
    assertThat(event.getString("actor")).isEqualTo("staff.ulille");
    assertThat(event.getString("after")).contains("AUTHENTIC_TASK", "120.00");
  }

  @Test
  void reports_every_broken_annex_element_and_keeps_the_old_values() {
    long id = describedDraft();
    String before = api.get("staff.ulille", MC + "/" + id).body();

    var reply =
        api.put(
            "staff.ulille",
            MC + "/" + id,
            "{\"issuerCountry\":\"France\",\"ects\":0,\"eqfLevel\":9,"
                + "\"assessmentType\":\"MCQ\",\"price\":\"12\","
                + "\"attendanceThresholdPercent\":120}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactly(
            "assessmentType:error.code.unknown",
            "price:error.price.format",
            "issuerCountry:error.country.format",
            "ects:error.ects.range",
            "eqfLevel:error.range",
            "attendanceThresholdPercent:error.range");
    assertThat(api.get("staff.ulille", MC + "/" + id).body()).isEqualTo(before);
  }

  @Test
  void staff_of_another_university_cannot_describe_check_or_submit() {
    long lille = fx.draft("ULILLE", uniqueCode("IT"), 12);
    String before = api.get("staff.ulille", MC + "/" + lille).body();

    assertThat(api.put("staff.urennes", MC + "/" + lille, CatalogueBodies.ANNEX).status())
        .isEqualTo(404);
    assertThat(api.get("staff.urennes", MC + "/" + lille + "/checklist").status()).isEqualTo(404);
    assertThat(api.post("staff.urennes", MC + "/" + lille + "/submit", "{}").status())
        .isEqualTo(404);
    assertThat(api.get("staff.ulille", MC + "/" + lille).body()).isEqualTo(before);
  }

  @Test
  void checklist_of_a_described_draft_passes_annex_one_and_lacks_competencies_and_plan() {
    long id = describedDraft();

    var reply = api.get("staff.ulille", MC + "/" + id + "/checklist");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonObject> items = reply.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(items)
        .filteredOn(i -> !i.getBoolean("passed"))
        .extracting(i -> i.getString("rule"))
        .containsExactly("COMPETENCY_GRID", "SUSTAINABILITY_PLAN");
    assertThat(items)
        .filteredOn(i -> i.getBoolean("passed"))
        .extracting(i -> i.getString("rule"))
        .containsExactly(
            "HOURS",
            "TITLE_FR",
            "ISSUER_COUNTRY",
            "AWARDING_BODY",
            "LEARNING_OUTCOMES",
            "ECTS",
            "EQF_LEVEL",
            "ASSESSMENT_TYPE",
            "PARTICIPATION_FORM",
            "QUALITY_ASSURANCE",
            "IDENTITY_VERIFICATION",
            "ATTENDANCE_THRESHOLD");
    assertThat(items.get(0).getString("messageKey")).isEqualTo("gate.hours");
    assertThat(items.get(0).getJsonArray("arguments").getInt(1)).isEqualTo(30);
  }

  @Test
  void submitting_is_refused_with_every_failing_gate_rule_and_stays_a_draft() {
    long id = describedDraft();

    var reply = api.post("staff.ulille", MC + "/" + id + "/submit", "{}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactly(
            "competencies:gate.competency-grid", "sustainabilityPlan:gate.sustainability-plan");
    assertThat(api.get("staff.ulille", MC + "/" + id).object().getString("status"))
        .isEqualTo("DRAFT");
  }

  @Test
  void auditors_cannot_describe_a_draft() {
    long id = fx.draft("ULILLE", uniqueCode("IT"), 12);
    String before = api.get("staff.ulille", MC + "/" + id).body();

    var reply = api.put("auditor", MC + "/" + id, CatalogueBodies.ANNEX);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.object().getString("type")).endsWith("/forbidden");
    assertThat(api.get("staff.ulille", MC + "/" + id).body()).isEqualTo(before);
  }

  @Test
  void a_fully_described_draft_is_submitted_for_review_once() {
    long id = describedDraft();
    String path = MC + "/" + id;

    var competencies =
        api.put("staff.ulille", path + "/competencies", CatalogueBodies.COMPETENCIES);
    assertThat(competencies.status()).as(competencies.toString()).isEqualTo(200);
    List<JsonObject> stored =
        api.get("staff.ulille", path + "/competencies")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(stored).extracting(c -> c.getString("code")).containsExactly("C1", "C2");
    assertThat(stored.get(0).getJsonArray("levels").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Insuffisant", "Acquis", "Maîtrisé");
    assertThat(stored.get(0).getInt("passLevel")).isEqualTo(2);

    var plan = api.put("staff.ulille", path + "/sustainability-plan", CatalogueBodies.PLAN);
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);

    List<JsonObject> checklist =
        api.get("staff.ulille", path + "/checklist")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(checklist).hasSize(14).allMatch(i -> i.getBoolean("passed"));

    var submitted = api.post("staff.ulille", path + "/submit", "{}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.object().getString("status")).isEqualTo("IN_REVIEW");
    assertThat(api.get("staff.ulille", path).object().getString("status")).isEqualTo("IN_REVIEW");
    assertThat(
            fx.auditEventOf("MicroCertification", id, "micro-certification.submit")
                .getString("after"))
        .contains("IN_REVIEW");
    assertThat(
            fx.auditEventOf("MicroCertification", id, "micro-certification.competencies")
                .getString("after"))
        .contains("C1", "C2");
    assertThat(
            fx.auditEventOf("MicroCertification", id, "micro-certification.sustainability-plan")
                .getString("actor"))
        .isEqualTo("staff.ulille");

    var again = api.post("staff.ulille", path + "/submit", "{}");
    assertThat(again.status()).as(again.toString()).isEqualTo(422);
    assertThat(again.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactly("status:error.workflow.transition");
    var late = api.put("staff.ulille", path + "/competencies", "[]");
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.object().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("error.micro-certification.not-draft");
    assertThat(api.get("staff.ulille", path + "/competencies").json().asJsonArray()).hasSize(2);
  }

  @Test
  void works_out_the_plan_on_a_hand_computed_case() {
    long id = describedDraft();
    String path = MC + "/" + id + "/sustainability-plan";
    assertThat(api.get("staff.ulille", path).status()).as("no plan yet").isEqualTo(404);
    api.put("staff.ulille", path, CatalogueBodies.PLAN);

    // the arithmetic is written out on CatalogueBodies.plan
    JsonObject plan = api.get("staff.ulille", path).object();
    assertThat(plan.getJsonObject("pricing").getString("price")).isEqualTo("200.00");
    assertThat(plan.getJsonObject("horizon").getInt("sessions")).isEqualTo(4);
    JsonObject result = plan.getJsonObject("result");
    assertThat(result.getString("upfrontCosts")).isEqualTo("5000.00");
    assertThat(result.getString("sessionFixedCosts")).isEqualTo("1000.00");
    assertThat(result.getString("horizonFixedCosts")).isEqualTo("9000.00");
    assertThat(result.getString("variableCostsPerLearner")).isEqualTo("30.00");
    assertThat(result.getString("commissionPerLearner")).isEqualTo("20.00");
    assertThat(result.getString("consortiumSharePerLearner")).isEqualTo("10.00");
    assertThat(result.getString("netRevenuePerLearner")).isEqualTo("170.00");
    assertThat(result.getString("contributionMarginPerLearner")).isEqualTo("140.00");
    assertThat(result.getBoolean("breaksEven")).isTrue();
    assertThat(result.getInt("breakEvenPerSession")).isEqualTo(8);
    assertThat(result.getInt("breakEvenOverHorizon")).isEqualTo(65);
    assertThat(result.getInt("breakEvenPerSessionOverHorizon")).isEqualTo(17);
    assertThat(result.getString("sessionMarginAtForecast")).isEqualTo("680.00");
    assertThat(result.getString("horizonMarginAtForecast")).isEqualTo("-2280.00");
    assertThat(result.getBoolean("sustainableAtForecast")).isFalse();

    // a session of 10: cost 1000 + 10 × 30 = 1300.00, revenue 10 × 170 = 1700.00
    List<JsonObject> session =
        api.get("staff.ulille", path + "/curve?scope=ONE_SESSION&from=0&to=60&step=5")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(session).hasSize(13);
    assertThat(session.get(2).getInt("learners")).isEqualTo(10);
    assertThat(session.get(2).getString("totalCost")).isEqualTo("1300.00");
    assertThat(session.get(2).getString("totalRevenue")).isEqualTo("1700.00");
    assertThat(session.get(2).getString("margin")).isEqualTo("400.00");
    // the horizon with 60 learners: cost 9000 + 60 × 30 = 10800.00, revenue 60 × 170 = 10200.00
    JsonObject last =
        api.get("staff.ulille", path + "/curve?scope=HORIZON&from=0&to=60&step=5")
            .json()
            .asJsonArray()
            .getJsonObject(12);
    assertThat(last.getString("totalCost")).isEqualTo("10800.00");
    assertThat(last.getString("totalRevenue")).isEqualTo("10200.00");
    assertThat(api.get("staff.ulille", path + "/curve?scope=YEAR").status()).isEqualTo(422);

    // price 30.00: net 30.00 − 3.00 − 1.50 = 25.50 < 30.00 a learner costs, never breaks even
    api.put("staff.ulille", path, CatalogueBodies.plan("30.00"));
    JsonObject never = api.get("staff.ulille", path).object().getJsonObject("result");
    assertThat(never.getString("contributionMarginPerLearner")).isEqualTo("-4.50");
    assertThat(never.getBoolean("breaksEven")).isFalse();
    assertThat(never.isNull("breakEvenPerSession")).isTrue();
    assertThat(never.isNull("breakEvenOverHorizon")).isTrue();
    assertThat(never.isNull("breakEvenPerSessionOverHorizon")).isTrue();
  }

  @Test
  void reports_every_broken_competency_rule_and_keeps_the_stored_reference() {
    long id = describedDraft();
    String path = MC + "/" + id + "/competencies";
    api.put("staff.ulille", path, CatalogueBodies.COMPETENCIES);
    String before = api.get("staff.ulille", path).body();

    var reply =
        api.put(
            "staff.ulille",
            path,
            "[{\"code\":\"C1\",\"titleFr\":\"T\",\"learningOutcomes\":[\"A\"],"
                + "\"criteria\":[\"K\"],\"levels\":[\"Seul\"],\"passLevel\":1},"
                + "{\"code\":\"c 2\",\"learningOutcomes\":[],\"criteria\":[],"
                + "\"levels\":[\"A\",\"B\"]}]");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactly(
            "competencies[0].levels:error.competency.levels",
            "competencies[1].code:error.competency.code-format",
            "competencies[1].titleFr:error.required",
            "competencies[1].learningOutcomes:error.competency.outcomes",
            "competencies[1].criteria:error.competency.criteria",
            "competencies[1].passLevel:error.required");
    assertThat(api.get("staff.ulille", path).body()).isEqualTo(before);
  }

  @Test
  void reports_every_broken_plan_rule_and_keeps_the_stored_plan() {
    long id = describedDraft();
    String path = MC + "/" + id + "/sustainability-plan";
    api.put("staff.ulille", path, CatalogueBodies.PLAN);
    String before = api.get("staff.ulille", path).body();

    var reply =
        api.put(
            "staff.ulille",
            path,
            "{\"session\":{\"tutoringHours\":20,\"tutoringRate\":\"45.00\",\"otherCosts\":\"0.00\"},"
                + "\"learner\":{\"platform\":\"-1.00\",\"assessment\":\"0.00\",\"certificate\":\"0.00\"},"
                + "\"pricing\":{\"price\":\"12\",\"commissionPercent\":150,\"consortiumSharePercent\":5},"
                + "\"horizon\":{\"sessions\":0,\"forecastLearnersPerSession\":10}}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactlyInAnyOrder(
            "pricing.price:error.money.format",
            "design:error.required",
            "learner.platform:error.plan.negative",
            "pricing.commissionPercent:error.plan.percentage",
            "horizon.sessions:error.plan.sessions");
    assertThat(api.get("staff.ulille", path).body()).isEqualTo(before);
    assertThat(api.get("staff.ulille", MC + "/" + id).object().getString("status"))
        .isEqualTo("DRAFT");
  }

  @Test
  void staff_of_another_university_reach_neither_competencies_nor_plan() {
    long id = describedDraft();
    String path = MC + "/" + id;
    api.put("staff.ulille", path + "/competencies", CatalogueBodies.COMPETENCIES);
    api.put("staff.ulille", path + "/sustainability-plan", CatalogueBodies.PLAN);
    String competencies = api.get("staff.ulille", path + "/competencies").body();
    String plan = api.get("staff.ulille", path + "/sustainability-plan").body();

    assertThat(api.get("staff.urennes", path + "/competencies").status()).isEqualTo(404);
    assertThat(api.put("staff.urennes", path + "/competencies", "[]").status()).isEqualTo(404);
    assertThat(api.get("staff.urennes", path + "/sustainability-plan").status()).isEqualTo(404);
    assertThat(
            api.put("staff.urennes", path + "/sustainability-plan", CatalogueBodies.plan("1.00"))
                .status())
        .isEqualTo(404);
    assertThat(api.get("staff.urennes", path + "/sustainability-plan/curve").status())
        .isEqualTo(404);
    assertThat(api.get("staff.ulille", path + "/competencies").body()).isEqualTo(competencies);
    assertThat(api.get("staff.ulille", path + "/sustainability-plan").body()).isEqualTo(plan);
  }

  @Test
  void takes_a_submitted_entry_through_review_to_publication_and_retirement() {
    long id = inReview();
    String path = MC + "/" + id;

    assertThat(errorsOf(api.post("staff.ulille", path + "/send-back", "{}")))
        .containsExactly("comments:error.workflow.comments-required");
    var sentBack = api.post("staff.ulille", path + "/send-back", "{\"comments\":\"Préciser C2\"}");
    assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
    assertThat(sentBack.object().getString("status")).isEqualTo("DRAFT");
    assertThat(sentBack.object().getString("sendBackComments")).isEqualTo("Préciser C2");
    assertThat(api.post("staff.ulille", path + "/submit", "{}").status()).isEqualTo(200);

    assertThat(errorsOf(api.post("staff.ulille", path + "/publish", "{}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/approve", "{}")))
        .containsExactly(
            "academicReview.reviewer:error.required",
            "academicReview.reviewedOn:error.required",
            "academicReview.verdict:error.required",
            "academicReview.opinion:error.required");
    assertThat(errorsOf(api.post("staff.ulille", path + "/approve", "{\"reviewedOn\":\"15/01\"}")))
        .containsExactly("reviewedOn:error.date.format");
    var approved = api.post("admin", path + "/approve", CatalogueBodies.REVIEW);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.object().getString("status")).isEqualTo("APPROVED");
    assertThat(approved.object().getString("reviewer")).isEqualTo("Pr. Martin");
    assertThat(approved.object().getString("reviewedOn")).isEqualTo("2026-01-15");
    assertThat(approved.object().containsKey("approvedAt")).isTrue();
    assertThat(api.get("staff.urennes", path).status()).as("approved is not public").isEqualTo(404);

    assertThat(errorsOf(api.post("staff.ulille", path + "/publish", "{}")))
        .containsExactly("cfvuInformedOn:gate.cfvu-informed");
    String future = parisToday().plusDays(2).toString();
    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille", path + "/publish", "{\"cfvuInformedOn\":\"" + future + "\"}")))
        .containsExactly("cfvuInformedOn:gate.cfvu-date");
    assertThat(api.post("finance", path + "/publish", "{}").status()).isEqualTo(403);
    String informed = parisToday().minusDays(1).toString();
    var published =
        api.post("staff.ulille", path + "/publish", "{\"cfvuInformedOn\":\"" + informed + "\"}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.object().getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.object().getString("cfvuInformedOn")).isEqualTo(informed);
    assertThat(
            fx.auditEventOf("MicroCertification", id, "micro-certification.publish")
                .getString("before"))
        .contains("APPROVED");
    assertThat(
            fx.auditEventOf("MicroCertification", id, "micro-certification.publish")
                .getString("after"))
        .contains("PUBLISHED");

    // the one exception to tenancy: another university's staff read the published entry ...
    assertThat(publishedIds("staff.urennes")).contains(id);
    assertThat(publishedIds("staff.ulille")).contains(id);
    var read = api.get("staff.urennes", path);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.object().getString("university")).isEqualTo("ULILLE");
    assertThat(api.get("staff.urennes", path + "/competencies").json().asJsonArray())
        .as("child rows of a published entry are readable too")
        .hasSize(2);
    // ... but may change nothing: 403, the entry is visible to them
    String before = api.get("staff.ulille", path).body();
    for (var refused :
        List.of(
            api.put("staff.urennes", path, CatalogueBodies.ANNEX),
            api.put("staff.urennes", path + "/competencies", "[]"),
            api.post("staff.urennes", path + "/submit", "{}"),
            api.post("staff.urennes", path + "/retire", "{\"reason\":\"Pas à nous\"}"))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.object().getString("type")).endsWith("/forbidden");
    }
    var finance = api.post("finance", path + "/retire", "{\"reason\":\"x\"}");
    assertThat(finance.status()).as(finance.toString()).isEqualTo(403);
    assertThat(api.post("auditor", path + "/retire", "{\"reason\":\"x\"}").status()).isEqualTo(403);
    assertThat(api.get("staff.ulille", path).body()).isEqualTo(before);

    assertThat(errorsOf(api.post("staff.ulille", path + "/retire", "{}")))
        .containsExactly("reason:error.workflow.reason-required");
    var retired =
        api.post("staff.ulille", path + "/retire", "{\"reason\":\"Remplacée par une version 2\"}");
    assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
    assertThat(retired.object().getString("status")).isEqualTo("RETIRED");
    assertThat(retired.object().getString("retirementReason"))
        .isEqualTo("Remplacée par une version 2");
    assertThat(api.get("staff.urennes", path).status()).as("retired is not public").isEqualTo(404);
    assertThat(publishedIds("staff.urennes")).doesNotContain(id);
    assertThat(errorsOf(api.post("staff.ulille", path + "/retire", "{\"reason\":\"encore\"}")))
        .containsExactly("status:error.workflow.transition");
  }

  @Test
  void refuses_every_transition_a_draft_cannot_take_and_an_unknown_status_filter() {
    long id = fx.draft("ULILLE", uniqueCode("IT"), 12);
    String path = MC + "/" + id;

    assertThat(
            errorsOf(
                api.post("staff.ulille", path + "/publish", "{\"cfvuInformedOn\":\"2026-01-01\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/approve", CatalogueBodies.REVIEW)))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/send-back", "{\"comments\":\"x\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/retire", "{\"reason\":\"x\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(api.post("staff.urennes", path + "/approve", CatalogueBodies.REVIEW).status())
        .as("a foreign draft stays a 404")
        .isEqualTo(404);
    assertThat(api.get("staff.ulille", path).object().getString("status")).isEqualTo("DRAFT");
    assertThat(errorsOf(api.get("staff.ulille", MC + "?status=LIVE")))
        .containsExactly("status:error.status.unknown");
  }
}
