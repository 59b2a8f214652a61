package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.MC;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform over HTTP, as API clients meet it, on PostgreSQL: health, OpenAPI and metrics,
 * authentication, tenant isolation across endpoints, problems in the caller's language, the audit
 * trail, the Camel wiring and the security headers. Demo data provides the users (all with the test
 * password); micro-certifications serve as the rows tests write.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformApiIT {

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
  void lists_only_the_callers_university_whatever_the_endpoint() {
    long lille = fx.draft("ULILLE", uniqueCode("IT"), 12);
    long rennes = fx.draft("URENNES", uniqueCode("IT"), 12);

    List<Long> rennesSees = fx.everyId("staff.urennes", MC);
    assertThat(rennesSees).contains(rennes).doesNotContain(lille);
    assertThat(fx.everyId("admin", MC)).contains(lille, rennes);

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

  @Test
  void reports_every_broken_rule_in_the_callers_language_and_writes_nothing() {
    int before = fx.everyId("admin", MC).size();
    String body =
        "{\"university\":\"ULILLE\",\"code\":\"bad code\",\"titleFr\":\" \",\"hours\":31}";

    var english =
        api.raw(
            api.request("staff.ulille", MC)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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

    assertThat(fx.everyId("admin", MC)).hasSize(before);
  }

  @Test
  void audits_each_change_with_actor_and_university() {
    String code = uniqueCode("IT");
    long id = fx.draft("ULILLE", code, 12);
    List<JsonObject> events = fx.auditEventsOf("MicroCertification", id);
    assertThat(events).hasSize(1);
    JsonObject event = events.get(0);
    assertThat(event.getString("action")).isEqualTo("micro-certification.draft");
    assertThat(event.getString("actor")).isEqualTo("staff.ulille");
    assertThat(event.getString("university")).isEqualTo("ULILLE");
    assertThat(event.getString("after")).contains(code);
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
