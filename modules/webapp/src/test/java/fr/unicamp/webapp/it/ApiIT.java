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
}
