package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed application over HTTP, as API clients use it: health, OpenAPI, authentication,
 * tenant isolation, problems, audit and the Camel wiring, on PostgreSQL. Demo data provides the
 * users (all with the test password); every test makes its own micro-certifications.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  static final String MC = "api/catalogue/micro-certifications";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  private static String uniqueCode() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private long draft(String user, String university, String code) {
    var reply =
        api.post(
            user,
            MC,
            "{\"university\":\""
                + university
                + "\",\"code\":\""
                + code
                + "\",\"titleFr\":\"Titre "
                + code
                + "\",\"hours\":12}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.header("Location"))
        .endsWith("/" + reply.object().getJsonNumber("id").longValue());
    return reply.object().getJsonNumber("id").longValue();
  }

  private int countOf(String user, String path) {
    return api.get(user, path).object().getJsonArray("items").size();
  }

  @Test
  void is_live_and_ready_with_database_and_camel() {
    var ready = api.get(null, "/health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    JsonArray checks = ready.object().getJsonArray("checks");
    assertThat(checks.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name") + "=" + c.getString("status"))
        .contains("database=UP", "camel=UP");
    assertThat(api.get(null, "/health/live").status()).isEqualTo(200);
  }

  @Test
  void publishes_openapi_and_metrics() {
    var openapi = api.get(null, "/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/catalogue/micro-certifications");
    assertThat(api.get(null, "/metrics").status()).isEqualTo(200);
  }

  @Test
  void refuses_anonymous_and_wrong_credentials_with_a_401_problem() {
    for (var reply :
        List.of(
            api.get(null, "api/me"),
            api.raw(
                api.request(null, "api/me")
                    .header("Authorization", Api.basic("staff.ulille", "wrong"))),
            api.raw(
                api.request(null, "api/me").header("Authorization", Api.basic("nobody", "x"))))) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.object().getString("type")).endsWith("/unauthenticated");
    }
  }

  @Test
  void tells_the_caller_who_they_are_without_opening_a_session() {
    var reply = api.get("staff.ulille", "api/me");
    assertThat(reply.header("Set-Cookie")).as("API callers get no session").isNull();
    JsonObject me = reply.object();
    assertThat(me.getString("username")).isEqualTo("staff.ulille");
    assertThat(me.getString("role")).isEqualTo("UNIVERSITY_STAFF");
    assertThat(me.getString("university")).isEqualTo("ULILLE");
    assertThat(me.getBoolean("wholeConsortium")).isFalse();
    assertThat(api.get("admin", "api/me").object().getBoolean("wholeConsortium")).isTrue();
  }

  @Test
  void staff_of_another_university_get_the_same_404_as_for_a_missing_row() {
    long lille = draft("staff.ulille", "ULILLE", uniqueCode());

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
  void lists_only_the_callers_university_whatever_the_endpoint() {
    long lille = draft("staff.ulille", "ULILLE", uniqueCode());
    long rennes = draft("staff.urennes", "URENNES", uniqueCode());

    List<Long> rennesSees = allIds("staff.urennes");
    assertThat(rennesSees).contains(rennes).doesNotContain(lille);
    assertThat(allIds("admin")).contains(lille, rennes);

    JsonArray universities = api.get("staff.urennes", "api/universities").json().asJsonArray();
    assertThat(universities).hasSize(1);
    assertThat(universities.getJsonObject(0).getString("code")).isEqualTo("URENNES");
    assertThat(api.get("admin", "api/universities").json().asJsonArray()).hasSize(19);

    List<String> auditSeenByRennes =
        api.get("staff.urennes", "api/audit?limit=200").object().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("university", ""))
            .distinct()
            .toList();
    assertThat(auditSeenByRennes).containsOnly("URENNES");
  }

  private List<Long> allIds(String user) {
    var ids = new java.util.ArrayList<Long>();
    String after = "";
    do {
      JsonObject page = api.get(user, MC + "?limit=200&after=" + after).object();
      page.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
      after = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
    } while (after != null);
    return ids;
  }

  @Test
  void staff_cannot_create_rows_for_another_university_and_nothing_is_written() {
    int before = allIds("admin").size();
    String code = uniqueCode();
    var reply =
        api.post(
            "staff.ulille",
            MC,
            "{\"university\":\"UTLN\",\"code\":\"" + code + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(allIds("admin")).hasSize(before);
    assertThat(api.get("admin", "api/audit?limit=200").body()).doesNotContain(code);
  }

  @Test
  void an_unknown_university_is_a_404_and_writes_nothing() {
    int before = allIds("admin").size();
    var reply =
        api.post(
            "admin",
            MC,
            "{\"university\":\"UNOWHERE\",\"code\":\""
                + uniqueCode()
                + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(allIds("admin")).hasSize(before);
  }

  @Test
  void auditors_read_but_cannot_write() {
    int before = allIds("admin").size();
    var reply =
        api.post(
            "auditor",
            MC,
            "{\"university\":\"ULILLE\",\"code\":\""
                + uniqueCode()
                + "\",\"titleFr\":\"T\",\"hours\":10}");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.object().getString("type")).endsWith("/forbidden");
    assertThat(allIds("admin")).hasSize(before);
  }

  @Test
  void reports_every_broken_rule_in_the_callers_language_and_writes_nothing() {
    int before = allIds("admin").size();
    String body =
        "{\"university\":\"ULILLE\",\"code\":\"bad code\",\"titleFr\":\" \",\"hours\":31}";

    var english =
        api.raw(
            api.request("staff.ulille", MC)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    assertThat(english.status()).isEqualTo(422);
    assertThat(english.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = english.object();
    assertThat(problem.getString("type")).isEqualTo("https://unicamp.fr/problems/rule-violated");
    assertThat(problem.getString("title")).isEqualTo("Rules violated");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + ":" + e.getString("code"))
        .containsExactly(
            "code:error.code.format", "titleFr:error.required", "hours:error.hours.range");
    assertThat(problem.getJsonArray("errors").getJsonObject(2).getString("message"))
        .isEqualTo("The workload must be between 7 and 30 hours.");

    JsonObject french = api.post("staff.ulille", MC, body).object();
    assertThat(french.getString("title")).isEqualTo("Règles non respectées");
    assertThat(french.getJsonArray("errors").getJsonObject(2).getString("message"))
        .isEqualTo("La durée doit être comprise entre 7 et 30 heures.");

    assertThat(allIds("admin")).hasSize(before);
  }

  @Test
  void refuses_a_duplicate_code_with_a_409_and_keeps_the_first() {
    String code = uniqueCode();
    long first = draft("staff.ulille", "ULILLE", code);
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
    draft("staff.urennes", "URENNES", code);
  }

  @Test
  void pages_with_a_cursor_and_rejects_a_bad_one() {
    draft("staff.ulille", "ULILLE", uniqueCode());
    draft("staff.ulille", "ULILLE", uniqueCode());
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
  void audits_each_change_with_actor_and_university() {
    String code = uniqueCode();
    long id = draft("staff.ulille", "ULILLE", code);
    JsonObject event =
        api
            .get("admin", "api/audit?limit=200")
            .object()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                e ->
                    e.getString("objectId").equals(String.valueOf(id))
                        && e.getString("objectType").equals("MicroCertification"))
            .findFirst()
            .orElseThrow();
    assertThat(event.getString("action")).isEqualTo("micro-certification.draft");
    assertThat(event.getString("actor")).isEqualTo("staff.ulille");
    assertThat(event.getString("university")).isEqualTo("ULILLE");
    assertThat(event.getString("after")).contains(code);
  }

  static final String ANNEX =
      "{\"issuerCountry\":\"FR\",\"issuerRegion\":\"Hauts-de-France\","
          + "\"learningOutcomesFr\":[\"Nettoyer un jeu de données\",\"Produire un graphique\"],"
          + "\"learningOutcomesEn\":[\"Clean a data set\",\"Draw a chart\"],"
          + "\"ects\":0.75,\"eqfLevel\":6,\"assessmentType\":\"AUTHENTIC_TASK\","
          + "\"participationForm\":\"BLENDED\",\"qualityAssurance\":\"QUALIOPI\","
          + "\"identityVerification\":\"SUPERVISED_WITH_ID_CHECK\","
          + "\"attendanceThresholdPercent\":80,\"price\":\"120.00\",\"nsfCode\":\"326t\","
          + "\"prerequisites\":\"Savoir utiliser un tableur\"}";

  private long describedDraft() {
    long id = draft("staff.ulille", "ULILLE", uniqueCode());
    var reply = api.put("staff.ulille", MC + "/" + id, ANNEX);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return id;
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

    JsonObject event = auditEventOf(id, "micro-certification.describe");
    assertThat(event.getString("actor")).isEqualTo("staff.ulille");
    assertThat(event.getString("after")).contains("AUTHENTIC_TASK", "120.00");
  }

  private JsonObject auditEventOf(long id, String action) {
    return api
        .get("admin", "api/audit?limit=200")
        .object()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            e ->
                e.getString("objectId").equals(String.valueOf(id))
                    && e.getString("action").equals(action))
        .findFirst()
        .orElseThrow();
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
    long lille = draft("staff.ulille", "ULILLE", uniqueCode());
    String before = api.get("staff.ulille", MC + "/" + lille).body();

    assertThat(api.put("staff.urennes", MC + "/" + lille, ANNEX).status()).isEqualTo(404);
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
    long id = draft("staff.ulille", "ULILLE", uniqueCode());
    String before = api.get("staff.ulille", MC + "/" + id).body();

    var reply = api.put("auditor", MC + "/" + id, ANNEX);

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
    assertThat(auditEventOf(id, "micro-certification.submit").getString("after"))
        .contains("IN_REVIEW");
    assertThat(auditEventOf(id, "micro-certification.competencies").getString("after"))
        .contains("C1", "C2");
    assertThat(auditEventOf(id, "micro-certification.sustainability-plan").getString("actor"))
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
  void keeps_the_audit_trail_append_only_in_postgresql() throws SQLException {
    try (Connection db =
        DriverManager.getConnection(
            System.getenv("UNICAMP_DB_URL"),
            System.getenv("UNICAMP_DB_USER"),
            System.getenv("UNICAMP_DB_PASSWORD"))) {
      Assertions.assertThatThrownBy(
              () -> db.createStatement().executeUpdate("UPDATE audit_event SET actor = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      Assertions.assertThatThrownBy(
              () -> db.createStatement().executeUpdate("DELETE FROM audit_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void runs_the_heartbeat_route_and_serves_camel_rest_under_api_integration() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(api.get("admin", "api/audit?limit=50").body())
                    .contains("integration.heartbeat"));

    var status = api.get("admin", "api/integration/status");
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    assertThat(status.object().getString("camel")).isEqualTo("Started");
    assertThat(status.object().getJsonArray("routes").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("id") + "=" + r.getString("status"))
        .contains("consortium-scheduler-heartbeat=Started");
    assertThat(api.get(null, "api/integration/status").status()).isEqualTo(401);
  }

  @Test
  void sends_security_headers_and_a_hardened_session_cookie() {
    var page = api.get(null, "login.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    String cookie = page.header("Set-Cookie");
    assertThat(cookie)
        .contains("UNICAMP_SESSION=")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");

    var protectedPage = api.get(null, "index.xhtml");
    assertThat(protectedPage.status()).isEqualTo(302);
    assertThat(protectedPage.header("Location")).endsWith("/login.xhtml");
  }

  /** A complete draft of ULILLE submitted for review (the happy path above, without checks). */
  private long inReview() {
    long id = describedDraft();
    String path = MC + "/" + id;
    assertThat(
            api.put("staff.ulille", path + "/competencies", CatalogueBodies.COMPETENCIES).status())
        .isEqualTo(200);
    assertThat(
            api.put("staff.ulille", path + "/sustainability-plan", CatalogueBodies.PLAN).status())
        .isEqualTo(200);
    var submitted = api.post("staff.ulille", path + "/submit", "{}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return id;
  }

  private static List<String> errorsOf(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field") + ":" + e.getString("code"))
        .toList();
  }

  private List<Long> publishedIds(String user) {
    var ids = new java.util.ArrayList<Long>();
    String after = "";
    do {
      JsonObject page = api.get(user, MC + "?status=PUBLISHED&limit=200&after=" + after).object();
      page.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(
              i -> {
                assertThat(i.getString("status")).isEqualTo("PUBLISHED");
                ids.add(i.getJsonNumber("id").longValue());
              });
      after = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
    } while (after != null);
    return ids;
  }

  static final String REVIEW =
      "{\"reviewer\":\"Pr. Martin\",\"reviewedOn\":\"2026-01-15\",\"verdict\":\"FAVOURABLE\","
          + "\"opinion\":\"Avis favorable : objectifs clairs.\"}";

  /** Today in the business zone: the CFVU date may be today or before, not after. */
  private static java.time.LocalDate parisToday() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
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
    var approved = api.post("admin", path + "/approve", REVIEW);
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
    assertThat(auditEventOf(id, "micro-certification.publish").getString("before"))
        .contains("APPROVED");
    assertThat(auditEventOf(id, "micro-certification.publish").getString("after"))
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
            api.put("staff.urennes", path, ANNEX),
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
    long id = draft("staff.ulille", "ULILLE", uniqueCode());
    String path = MC + "/" + id;

    assertThat(
            errorsOf(
                api.post("staff.ulille", path + "/publish", "{\"cfvuInformedOn\":\"2026-01-01\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/approve", REVIEW)))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/send-back", "{\"comments\":\"x\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(errorsOf(api.post("staff.ulille", path + "/retire", "{\"reason\":\"x\"}")))
        .containsExactly("status:error.workflow.transition");
    assertThat(api.post("staff.urennes", path + "/approve", REVIEW).status())
        .as("a foreign draft stays a 404")
        .isEqualTo(404);
    assertThat(api.get("staff.ulille", path).object().getString("status")).isEqualTo("DRAFT");
    assertThat(errorsOf(api.get("staff.ulille", MC + "?status=LIVE")))
        .containsExactly("status:error.status.unknown");
  }
}
