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
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions over HTTP on PostgreSQL: planned on a micro-certification taken to PUBLISHED through the
 * API, refused on a draft, invisible to other universities, read-only for finance and auditors,
 * refused bad input with nothing saved, changed, cancelled and listed with filters.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueSessionsApiIT {

  static final String SESSIONS = "api/catalogue/sessions";

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

  /** A session body; days are counted from today. */
  private static String session(
      String code, int start, int end, int opens, int closes, int capacity, String modality) {
    LocalDate t = parisToday();
    return "{\"code\":\""
        + code
        + "\",\"startsOn\":\""
        + t.plusDays(start)
        + "\",\"endsOn\":\""
        + t.plusDays(end)
        + "\",\"enrolmentOpensOn\":\""
        + t.plusDays(opens)
        + "\",\"enrolmentClosesOn\":\""
        + t.plusDays(closes)
        + "\",\"capacity\":"
        + capacity
        + ",\"modality\":\""
        + modality
        + "\",\"tutors\":[\"Claire Dubois\",\"Karim Benali\"],"
        + "\"lmsCourse\":\"https://moodle.univ-lille.fr/course/view.php?id=42\"}";
  }

  /** A coming session whose enrolment window is open today. */
  private static String coming(String code) {
    return session(code, 30, 72, -10, 25, 25, "BLENDED");
  }

  private long plan(long mc, String body) {
    var reply = expect(201, api.post("staff.ulille", MC + "/" + mc + "/sessions", body));
    long sid = reply.object().getJsonNumber("id").longValue();
    assertThat(reply.header("Location")).endsWith("/" + SESSIONS + "/" + sid);
    return sid;
  }

  @Test
  void plans_a_session_on_a_published_micro_certification_and_reads_it_back() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    long sid = plan(mc, coming("2026-S1"));

    JsonObject s = expect(200, api.get("staff.ulille", SESSIONS + "/" + sid)).object();
    assertThat(s.getJsonNumber("microCertification").longValue()).isEqualTo(mc);
    assertThat(s.getString("university")).isEqualTo("ULILLE");
    assertThat(s.getString("code")).isEqualTo("2026-S1");
    assertThat(s.getString("startsOn")).isEqualTo(parisToday().plusDays(30).toString());
    assertThat(s.getString("enrolmentClosesOn")).isEqualTo(parisToday().plusDays(25).toString());
    assertThat(s.getInt("capacity")).isEqualTo(25);
    assertThat(s.getString("modality")).isEqualTo("BLENDED");
    assertThat(s.getJsonArray("tutors").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Claire Dubois", "Karim Benali");
    assertThat(s.getString("lmsCourse")).endsWith("?id=42");
    assertThat(s.getBoolean("openForEnrolment")).isTrue();
    assertThat(s.getBoolean("started")).isFalse();
    assertThat(s.getBoolean("cancelled")).isFalse();
    assertThat(fx.everyId("staff.ulille", MC + "/" + mc + "/sessions")).containsExactly(sid);

    JsonObject event = fx.auditEventOf("Session", sid, "session.plan");
    assertThat(event.getString("actor")).isEqualTo("staff.ulille");
    assertThat(event.getString("university")).isEqualTo("ULILLE");
    assertThat(event.getString("after")).contains("2026-S1", "Claire Dubois");

    var duplicate = api.post("staff.ulille", MC + "/" + mc + "/sessions", coming("2026-S1"));
    assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
    assertThat(fx.everyId("staff.ulille", MC + "/" + mc + "/sessions")).containsExactly(sid);
  }

  @Test
  void refuses_sessions_on_a_draft_and_on_an_entry_in_review() {
    long draft = fx.draft("ULILLE", uniqueCode("IT-S"), 12);
    String path = MC + "/" + draft + "/sessions";
    assertThat(errorsOf(api.post("staff.ulille", path, coming("2026-S1"))))
        .containsExactly("microCertification:error.session.micro-certification-status");
    assertThat(fx.everyId("staff.ulille", path)).isEmpty();
    assertThat(api.post("staff.ulille", MC + "/999999999/sessions", coming("2026-S1")).status())
        .isEqualTo(404);
  }

  @Test
  void other_universities_see_no_session_and_finance_and_auditors_only_read() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    long sid = plan(mc, coming("2026-S1"));
    String path = SESSIONS + "/" + sid;
    String before = api.get("staff.ulille", path).body();

    for (var hidden :
        List.of(
            api.get("staff.urennes", path),
            api.put("staff.urennes", path, coming("2026-S9")),
            api.post("staff.urennes", path + "/cancel", "{\"reason\":\"Pas à nous\"}"))) {
      assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
      assertThat(hidden.object().getString("type")).endsWith("/not-found");
    }
    assertThat(fx.everyId("staff.urennes", SESSIONS)).doesNotContain(sid);
    assertThat(fx.everyId("staff.urennes", MC + "/" + mc + "/sessions"))
        .as("the published entry is readable, its sessions are not")
        .isEmpty();
    var foreign = api.post("staff.urennes", MC + "/" + mc + "/sessions", coming("2026-S2"));
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);

    for (String reader : List.of("admin", "finance", "auditor")) {
      assertThat(api.get(reader, path).status()).as(reader).isEqualTo(200);
      assertThat(fx.everyId(reader, MC + "/" + mc + "/sessions")).as(reader).containsExactly(sid);
    }
    for (String readOnly : List.of("finance", "auditor")) {
      for (var refused :
          List.of(
              api.post(readOnly, MC + "/" + mc + "/sessions", coming("2026-S3")),
              api.put(readOnly, path, coming("2026-S1")),
              api.post(readOnly, path + "/cancel", "{\"reason\":\"x\"}"))) {
        assertThat(refused.status()).as(readOnly + " " + refused).isEqualTo(403);
        assertThat(refused.object().getString("type")).endsWith("/forbidden");
      }
    }
    assertThat(api.get("staff.ulille", path).body()).isEqualTo(before);
    assertThat(fx.everyId("admin", MC + "/" + mc + "/sessions")).containsExactly(sid);
  }

  @Test
  void refuses_bad_input_with_every_field_error_and_saves_nothing() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    String path = MC + "/" + mc + "/sessions";

    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille",
                    path,
                    "{\"code\":\"S1\",\"startsOn\":\"02/03/2026\",\"endsOn\":\"2026-04-31\","
                        + "\"modality\":\"LIVE\"}")))
        .containsExactly(
            "startsOn:error.date.format",
            "endsOn:error.date.format",
            "modality:error.code.unknown");
    assertThat(
            errorsOf(api.post("staff.ulille", path, session("s 1", 30, 29, 20, 10, 0, "ONSITE"))))
        .containsExactly(
            "code:error.code.format",
            "endsOn:error.session.dates",
            "enrolmentClosesOn:error.session.window",
            "capacity:error.session.capacity",
            "modality:error.session.modality");
    assertThat(
            errorsOf(api.post("staff.ulille", path, session("S1", 30, 40, 0, 41, 10, "BLENDED"))))
        .containsExactly("enrolmentClosesOn:error.session.window-after-end");
    assertThat(errorsOf(api.post("staff.ulille", path, "{}")))
        .contains("code:error.code.format", "startsOn:error.required", "capacity:error.required");
    assertThat(fx.everyId("staff.ulille", path)).as("nothing saved").isEmpty();

    long sid = plan(mc, coming("2026-S1"));
    String before = api.get("staff.ulille", SESSIONS + "/" + sid).body();
    assertThat(
            errorsOf(
                api.put(
                    "staff.ulille",
                    SESSIONS + "/" + sid,
                    session("2026-S1", 30, 72, -10, 25, 0, "ONLINE_SYNCHRONOUS"))))
        .containsExactly("capacity:error.session.capacity", "modality:error.session.modality");
    assertThat(api.get("staff.ulille", SESSIONS + "/" + sid).body()).isEqualTo(before);
  }

  @Test
  void changes_a_coming_session_then_cancels_it_for_a_reason() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    long other = plan(mc, coming("2026-S2"));
    long sid = plan(mc, coming("2026-S1"));
    String path = SESSIONS + "/" + sid;

    var changed =
        expect(
            200, api.put("staff.ulille", path, session("2026-S1B", 31, 60, -5, 20, 40, "BLENDED")));
    assertThat(changed.object().getString("code")).isEqualTo("2026-S1B");
    assertThat(changed.object().getInt("capacity")).isEqualTo(40);
    assertThat(fx.auditEventOf("Session", sid, "session.change").getString("before"))
        .contains("25 places");
    assertThat(fx.auditEventOf("Session", sid, "session.change").getString("after"))
        .contains("40 places");
    var taken = api.put("staff.ulille", path, coming("2026-S2"));
    assertThat(taken.status()).as("the code of session " + other).isEqualTo(409);
    assertThat(api.get("staff.ulille", path).object().getString("code")).isEqualTo("2026-S1B");

    assertThat(errorsOf(api.post("staff.ulille", path + "/cancel", "{}")))
        .containsExactly("reason:error.required");
    var cancelled =
        expect(
            200,
            api.post("staff.ulille", path + "/cancel", "{\"reason\":\"Trop peu d'inscrits\"}"));
    assertThat(cancelled.object().getBoolean("cancelled")).isTrue();
    assertThat(cancelled.object().getString("cancellationReason")).isEqualTo("Trop peu d'inscrits");
    assertThat(cancelled.object().containsKey("cancelledAt")).isTrue();
    assertThat(cancelled.object().getBoolean("openForEnrolment")).isFalse();
    assertThat(fx.auditEventOf("Session", sid, "session.cancel").getString("after"))
        .contains("cancelled: Trop peu d'inscrits");

    assertThat(errorsOf(api.post("staff.ulille", path + "/cancel", "{\"reason\":\"encore\"}")))
        .containsExactly("status:error.session.cancelled");
    assertThat(errorsOf(api.put("staff.ulille", path, coming("2026-S1B"))))
        .containsExactly("status:error.session.cancelled");
  }

  @Test
  void a_started_session_changes_only_its_tutors_and_lms_course() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    String started = session("2026-S0", -1, 20, -10, 5, 25, "BLENDED");
    long sid = plan(mc, started);
    String path = SESSIONS + "/" + sid;
    assertThat(api.get("staff.ulille", path).object().getBoolean("started")).isTrue();

    assertThat(
            errorsOf(
                api.put("staff.ulille", path, session("2026-S0", -1, 20, -10, 5, 30, "BLENDED"))))
        .containsExactly("capacity:error.session.started");
    var tutors =
        expect(
            200,
            api.put(
                "staff.ulille",
                path,
                started.replace("\"Claire Dubois\",", "").replace("?id=42", "?id=43")));
    assertThat(tutors.object().getJsonArray("tutors")).hasSize(1);
    assertThat(tutors.object().getString("lmsCourse")).endsWith("?id=43");
    assertThat(tutors.object().getInt("capacity")).isEqualTo(25);
  }

  @Test
  void lists_the_university_sessions_by_start_date_and_open_window() {
    long mc = fx.published("ULILLE", uniqueCode("IT-S"), 12, CatalogueBodies.ANNEX);
    long past = plan(mc, session("2026-P", -100, -60, -130, -101, 20, "BLENDED"));
    long open = plan(mc, coming("2026-O"));
    long later = plan(mc, session("2026-L", 200, 240, 150, 199, 20, "BLENDED"));
    List<Long> mine = List.of(past, open, later);
    LocalDate t = parisToday();

    assertThat(fx.everyId("staff.ulille", SESSIONS)).containsAll(mine);
    assertThat(
            fx.everyId(
                "staff.ulille", SESSIONS + "?from=" + t.plusDays(10) + "&to=" + t.plusDays(40)))
        .filteredOn(mine::contains)
        .containsExactly(open);
    assertThat(fx.everyId("staff.ulille", SESSIONS + "?from=" + t.plusDays(10)))
        .filteredOn(mine::contains)
        .containsExactly(open, later);
    assertThat(fx.everyId("staff.ulille", SESSIONS + "?to=" + t))
        .filteredOn(mine::contains)
        .containsExactly(past);
    assertThat(fx.everyId("staff.ulille", SESSIONS + "?open=true"))
        .filteredOn(mine::contains)
        .containsExactly(open);
    assertThat(fx.everyId("admin", SESSIONS + "?open=true")).contains(open);

    JsonObject first =
        expect(200, api.get("staff.ulille", MC + "/" + mc + "/sessions?limit=2")).object();
    assertThat(first.getJsonArray("items")).hasSize(2);
    assertThat(first.getString("nextCursor")).isEqualTo(String.valueOf(open));

    expect(
        200,
        api.post("staff.ulille", SESSIONS + "/" + open + "/cancel", "{\"reason\":\"Report\"}"));
    assertThat(fx.everyId("staff.ulille", SESSIONS + "?open=true")).doesNotContain(open);

    assertThat(errorsOf(api.get("staff.ulille", SESSIONS + "?from=demain&open=maybe")))
        .containsExactly("from:error.date.format", "open:error.code.unknown");
    assertThat(errorsOf(api.get("staff.ulille", SESSIONS + "?after=x")))
        .containsExactly("after:error.cursor.invalid");
  }
}
