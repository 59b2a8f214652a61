package fr.unicamp.webapp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.session.CertificationVersion;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo's two sessions pass the session rules for every form, one over and one open now. */
class DemoSessionsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void plans_one_session_over_and_one_coming_with_an_open_window_for_every_form() {
    List<ParticipationForm> forms =
        Stream.concat(
                Arrays.stream(ParticipationForm.values()), Stream.of((ParticipationForm) null))
            .toList();
    for (ParticipationForm form : forms) {
      CertificationVersion version =
          new CertificationVersion(
              1L, UniversityCode.of("ULILLE"), MicroCertificationStatus.PUBLISHED, form);
      List<SessionPlan> plans = DemoSessions.plansFor(TODAY, form, "https://moodle.example/1");
      List<Session> sessions = plans.stream().map(p -> Session.plan(version, p)).toList();

      Session past = sessions.get(0);
      Session next = sessions.get(1);
      assertThat(past.plan().endsOn()).as("%s: over", form).isBefore(TODAY);
      assertThat(past.isOpenForEnrolment(TODAY)).isFalse();
      assertThat(next.hasStarted(TODAY)).as("%s: coming", form).isFalse();
      assertThat(next.isOpenForEnrolment(TODAY)).as("%s: open", form).isTrue();
      assertThat(past.code()).isEqualTo("2026-08").isNotEqualTo(next.code());
      assertThat(next.code()).isEqualTo("2026-12");
    }
  }
}
