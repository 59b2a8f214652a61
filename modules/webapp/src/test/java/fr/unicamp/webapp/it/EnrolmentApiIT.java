package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.errorsOf;
import static fr.unicamp.webapp.it.ApiFixtures.expect;
import static fr.unicamp.webapp.it.EnrolmentFixtures.ENROLMENTS;
import static fr.unicamp.webapp.it.EnrolmentFixtures.LEARNERS;
import static fr.unicamp.webapp.it.EnrolmentFixtures.enrolment;
import static fr.unicamp.webapp.it.EnrolmentFixtures.idOf;
import static fr.unicamp.webapp.it.EnrolmentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * Learners and enrolments over HTTP on PostgreSQL, on sessions the tests plan on a
 * micro-certification they publish: idempotent enrolment, one seat per learner, the window and
 * capacity, both lifecycles, tenancy, read-only roles, duplicates and merge.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgresql();
  }

  @ArquillianResource URL url;

  Api api;
  EnrolmentFixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(url);
    fixtures = new EnrolmentFixtures(api);
  }

  /** The ids of a session's enrolments as {@code user} sees them (one page is enough here). */
  private List<Long> roster(String user, long session) {
    JsonObject page = expect(200, api.get(user, ENROLMENTS + "?session=" + session)).object();
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getJsonNumber("id").longValue())
        .toList();
  }

  private JsonObject act(long enrolment, String action, String body) {
    return expect(200, api.post("staff.ulille", ENROLMENTS + "/" + enrolment + "/" + action, body))
        .object();
  }

  @Test
  void enrols_once_per_order_reference() {
    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    long learner = fixtures.learner();
    String order = "ORD-" + unique();

    var created =
        expect(201, api.post("staff.ulille", ENROLMENTS, enrolment(learner, session, order)));
    long id = idOf(created);
    assertThat(created.header("Location")).endsWith("/" + ENROLMENTS + "/" + id);
    JsonObject e = created.object();
    assertThat(e.getJsonNumber("learner").longValue()).isEqualTo(learner);
    assertThat(e.getString("university")).isEqualTo("ULILLE");
    assertThat(e.getJsonObject("administrative").getString("status")).isEqualTo("PENDING_PAYMENT");
    assertThat(e.getJsonObject("pedagogical").getString("status")).isEqualTo("ENROLLED");
    assertThat(e.getJsonObject("funding").getString("orderReference")).isEqualTo(order);

    var again =
        expect(200, api.post("staff.ulille", ENROLMENTS, enrolment(learner, session, order)));
    assertThat(idOf(again)).isEqualTo(id);
    var other = api.post("staff.ulille", ENROLMENTS, enrolment(fixtures.learner(), session, order));
    assertThat(other.status()).as(other.toString()).isEqualTo(409);
    assertThat(roster("staff.ulille", session)).containsExactly(id);
    assertThat(expect(200, api.get("admin", "api/audit?limit=50")).body())
        .contains("enrolment.enrol", "\"objectId\":\"" + id + "\"");
  }

  @Test
  void holds_one_seat_per_learner_and_session_until_cancelled() {
    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    long learner = fixtures.learner();
    long first =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille", ENROLMENTS, enrolment(learner, session, "A-" + unique()))));

    var second = api.post("staff.ulille", ENROLMENTS, enrolment(learner, session, "B-" + unique()));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.object().getString("type")).endsWith("/conflict");
    assertThat(roster("staff.ulille", session)).containsExactly(first);

    JsonObject cancelled =
        act(first, "cancel", "{\"reason\":\"Changement d'avis\",\"withdrawalCause\":\"PERSONAL\"}");
    assertThat(cancelled.getJsonObject("administrative").getString("status"))
        .isEqualTo("CANCELLED");
    assertThat(cancelled.getJsonObject("administrative").getString("cancellationKind"))
        .isEqualTo("WITHDRAWAL");
    assertThat(cancelled.getJsonObject("pedagogical").getString("status")).isEqualTo("WITHDRAWN");
    assertThat(cancelled.getBoolean("active")).isFalse();
    expect(201, api.post("staff.ulille", ENROLMENTS, enrolment(learner, session, "C-" + unique())));
    assertThat(roster("staff.ulille", session)).hasSize(2);
  }

  @Test
  void refuses_a_closed_window_and_a_full_session_saving_nothing() {
    long mc = fixtures.published();
    long notYet = fixtures.session(mc, 5, 20, 25);
    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille",
                    ENROLMENTS,
                    enrolment(fixtures.learner(), notYet, "W-" + unique()))))
        .containsExactly("session:error.enrolment.window-closed");
    assertThat(roster("staff.ulille", notYet)).isEmpty();

    long oneSeat = fixtures.session(mc, -5, 20, 1);
    long taken =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille",
                    ENROLMENTS,
                    enrolment(fixtures.learner(), oneSeat, "F1-" + unique()))));
    var full =
        api.post(
            "staff.ulille", ENROLMENTS, enrolment(fixtures.learner(), oneSeat, "F2-" + unique()));
    assertThat(errorsOf(full)).containsExactly("session:error.enrolment.session-full");
    assertThat(roster("staff.ulille", oneSeat)).containsExactly(taken);
    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille",
                    ENROLMENTS,
                    "{\"learner\":1,\"session\":1,\"funding\":{\"source\":\"GIFT\"}}")))
        .containsExactly("funding.source:error.code.unknown");
  }

  @Test
  void walks_both_lifecycles_and_names_the_rule_of_a_forbidden_action() {
    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    long id =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille",
                    ENROLMENTS,
                    enrolment(fixtures.learner(), session, "L-" + unique()))));
    String path = ENROLMENTS + "/" + id;

    assertThat(errorsOf(api.post("staff.ulille", path + "/start", "{}")))
        .containsExactly("administrativeStatus:error.enrolment.not-registered");
    assertThat(act(id, "register", "{}").getJsonObject("administrative").getString("status"))
        .isEqualTo("REGISTERED");
    assertThat(errorsOf(api.post("staff.ulille", path + "/register", "{}")))
        .containsExactly("administrativeStatus:error.enrolment.administrative.transition");
    assertThat(act(id, "start", "{}").getJsonObject("pedagogical").getString("status"))
        .isEqualTo("IN_PROGRESS");
    assertThat(errorsOf(api.post("staff.ulille", path + "/withdraw", "{}")))
        .containsExactly("withdrawalCause:error.required");
    JsonObject completed = act(id, "complete", "{}");
    assertThat(completed.getJsonObject("pedagogical").getString("status")).isEqualTo("COMPLETED");
    assertThat(completed.getJsonObject("pedagogical").getJsonArray("actions")).isEmpty();
    assertThat(
            errorsOf(
                api.post("staff.ulille", path + "/withdraw", "{\"withdrawalCause\":\"HEALTH\"}")))
        .containsExactly("pedagogicalStatus:error.enrolment.pedagogical.transition");
    assertThat(api.post("staff.ulille", path + "/teleport", "{}").status()).isEqualTo(404);

    JsonObject stored = expect(200, api.get("staff.ulille", path)).object();
    assertThat(stored.getJsonObject("pedagogical").getString("status")).isEqualTo("COMPLETED");
    assertThat(roster("staff.ulille", session)).containsExactly(id);
    var completedOnly =
        api.get(
            "staff.ulille", ENROLMENTS + "?session=" + session + "&pedagogicalStatus=COMPLETED");
    assertThat(expect(200, completedOnly).body()).contains("\"id\":" + id);
    assertThat(errorsOf(api.get("staff.ulille", ENROLMENTS + "?adminStatus=LOST&session=x")))
        .containsExactlyInAnyOrder("session:error.id.format", "adminStatus:error.code.unknown");
  }

  @Test
  void hides_enrolments_from_other_universities_and_lets_finance_and_auditors_only_read() {
    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    long learner = fixtures.learner();
    long id =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille", ENROLMENTS, enrolment(learner, session, "T-" + unique()))));
    String path = ENROLMENTS + "/" + id;
    String before = api.get("staff.ulille", path).body();

    assertThat(api.get("staff.urennes", path).status()).isEqualTo(404);
    assertThat(api.post("staff.urennes", path + "/register", "{}").status()).isEqualTo(404);
    assertThat(api.get("staff.urennes", LEARNERS + "/" + learner).status()).isEqualTo(404);
    assertThat(roster("staff.urennes", session)).isEmpty();
    var foreign =
        api.post("staff.urennes", ENROLMENTS, enrolment(learner, session, "X-" + unique()));
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);

    for (String reader : List.of("finance", "auditor")) {
      assertThat(api.get(reader, path).status()).isEqualTo(200);
      var write = api.post(reader, path + "/register", "{}");
      assertThat(write.status()).as(write.toString()).isEqualTo(403);
      var enrol = api.post(reader, ENROLMENTS, enrolment(learner, session, "Y-" + unique()));
      assertThat(enrol.status()).as(enrol.toString()).isEqualTo(403);
    }
    assertThat(api.get("staff.ulille", path).body()).isEqualTo(before);
  }

  @Test
  void finds_duplicates_and_merges_them_with_their_enrolments() {
    String email = "dup." + unique().toLowerCase() + "@example.org";
    var first =
        expect(
            201,
            api.post("staff.ulille", LEARNERS, EnrolmentFixtures.learner("Durand", email, null)));
    long survivor = first.object().getJsonObject("learner").getJsonNumber("id").longValue();
    assertThat(first.object().getJsonArray("duplicates")).isEmpty();
    var second =
        expect(
            201,
            api.post(
                "staff.ulille",
                LEARNERS,
                EnrolmentFixtures.learner("Durand", email.toUpperCase(), "1234567890A")));
    long absorbed = second.object().getJsonObject("learner").getJsonNumber("id").longValue();
    assertThat(second.object().getJsonArray("duplicates").getJsonObject(0).getInt("learner"))
        .isEqualTo((int) survivor);

    var duplicates =
        expect(200, api.get("staff.ulille", LEARNERS + "/" + survivor + "/duplicates"));
    assertThat(duplicates.body()).contains("\"learner\":" + absorbed, "SAME_EMAIL");

    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    long moved =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille", ENROLMENTS, enrolment(absorbed, session, "M-" + unique()))));
    assertThat(
            api.post(
                    "finance",
                    LEARNERS + "/" + survivor + "/merge",
                    "{\"absorbed\":" + absorbed + "}")
                .status())
        .isEqualTo(403);

    JsonObject merge =
        expect(
                200,
                api.post(
                    "staff.ulille",
                    LEARNERS + "/" + survivor + "/merge",
                    "{\"absorbed\":" + absorbed + "}"))
            .object();
    assertThat(merge.getJsonObject("survivor").getString("ine")).isEqualTo("1234567890A");
    assertThat(merge.getJsonArray("movedEnrolments").getJsonNumber(0).longValue()).isEqualTo(moved);
    assertThat(
            expect(200, api.get("staff.ulille", ENROLMENTS + "/" + moved))
                .object()
                .getInt("learner"))
        .isEqualTo((int) survivor);
    assertThat(
            expect(200, api.get("staff.ulille", LEARNERS + "/" + absorbed))
                .object()
                .getInt("mergedInto"))
        .isEqualTo((int) survivor);
    assertThat(
            errorsOf(
                api.post(
                    "staff.ulille",
                    LEARNERS + "/" + survivor + "/merge",
                    "{\"absorbed\":" + absorbed + "}")))
        .isNotEmpty();
  }

  @Test
  void records_hours_and_imports_a_file_whole_or_not_at_all() {
    new EnrolmentAttendanceChecks(api, fixtures)
        .records_hours_and_imports_a_file_whole_or_not_at_all();
  }

  @Test
  void refuses_a_learner_with_every_unreadable_field_and_saves_nothing() {
    String email = "bad." + unique().toLowerCase() + "@example.org";
    String body =
        EnrolmentFixtures.learner("Durand", email, null)
            .replace("\"MS\"", "\"MX\"")
            .replace("1990-04-12", "12/04/1990");
    assertThat(errorsOf(api.post("staff.ulille", LEARNERS, body)))
        .containsExactlyInAnyOrder("civility:error.code.unknown", "birthDate:error.date.format");
    String young = EnrolmentFixtures.learner("D4rand", email, null).replace("1990", "2020");
    assertThat(errorsOf(api.post("staff.ulille", LEARNERS, young)))
        .containsExactlyInAnyOrder(
            "familyName:error.learner.name.format", "birthDate:error.learner.birth-date.range");
    var valid =
        expect(
            201,
            api.post("staff.ulille", LEARNERS, EnrolmentFixtures.learner("Durand", email, null)));
    assertThat(valid.object().getJsonArray("duplicates")).isEmpty();
  }
}
