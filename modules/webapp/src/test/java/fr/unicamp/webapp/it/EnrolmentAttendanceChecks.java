package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.errorsOf;
import static fr.unicamp.webapp.it.ApiFixtures.expect;
import static fr.unicamp.webapp.it.EnrolmentFixtures.ENROLMENTS;
import static fr.unicamp.webapp.it.EnrolmentFixtures.enrolment;
import static fr.unicamp.webapp.it.EnrolmentFixtures.idOf;
import static fr.unicamp.webapp.it.EnrolmentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Attendance over HTTP, run by {@link EnrolmentApiIT} (one Payara boot): a tutor's entry, refused
 * figures, and the LMS import applied whole or not at all.
 */
final class EnrolmentAttendanceChecks {

  private final Api api;
  private final EnrolmentFixtures fixtures;

  EnrolmentAttendanceChecks(Api api, EnrolmentFixtures fixtures) {
    this.api = api;
    this.fixtures = fixtures;
  }

  private Api.Reply upload(String user, long session, String csv) {
    return api.raw(
        api.request(user, "api/sessions/" + session + "/attendance/import")
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private String hours(long enrolment) {
    return expect(200, api.get("staff.ulille", ENROLMENTS + "/" + enrolment + "/attendance"))
        .object()
        .getJsonNumber("hoursRealised")
        .bigDecimalValue()
        .stripTrailingZeros()
        .toPlainString();
  }

  void records_hours_and_imports_a_file_whole_or_not_at_all() {
    long session = fixtures.session(fixtures.published(), -5, 20, 25);
    String email = "assidu." + unique().toLowerCase() + "@example.org";
    long enrolment =
        idOf(
            expect(
                201,
                api.post(
                    "staff.ulille",
                    ENROLMENTS,
                    enrolment(fixtures.learner(email), session, "H-" + unique()))));
    String path = ENROLMENTS + "/" + enrolment + "/attendance";
    assertThat(api.get("staff.ulille", path).status()).isEqualTo(404);

    var entered = expect(200, api.put("staff.ulille", path, "{\"hoursRealised\":6.5}"));
    assertThat(entered.object().getString("source")).isEqualTo("TUTOR");
    assertThat(errorsOf(api.put("staff.ulille", path, "{\"hoursRealised\":-1}")))
        .containsExactly("hoursRealised:error.attendance.hours.negative");
    assertThat(api.put("finance", path, "{\"hoursRealised\":7}").status()).isEqualTo(403);
    assertThat(api.put("staff.urennes", path, "{\"hoursRealised\":7}").status()).isEqualTo(404);
    assertThat(hours(enrolment)).isEqualTo("6.5");

    String bad =
        "email;heures_realisees\n" + email + ";8,5\nnobody@example.org;3\n" + email + ";-2\n";
    assertThat(errorsOf(upload("staff.ulille", session, bad)))
        .anySatisfy(e -> assertThat(e).endsWith("error.attendance.import.unknown-learner"))
        .anySatisfy(e -> assertThat(e).endsWith("error.attendance.hours.negative"));
    assertThat(hours(enrolment)).isEqualTo("6.5");

    var imported =
        expect(200, upload("staff.ulille", session, "email;heures_realisees\n" + email + ";8,5\n"));
    assertThat(imported.object().getInt("imported")).isEqualTo(1);
    assertThat(hours(enrolment)).isEqualTo("8.5");
    assertThat(upload("auditor", session, "email;heures_realisees\n").status()).isEqualTo(403);
  }
}
