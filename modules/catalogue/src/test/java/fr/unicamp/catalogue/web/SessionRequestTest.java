package fr.unicamp.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a session's JSON body: ISO dates and a known modality, every unreadable one at once. */
class SessionRequestTest {

  @Test
  void reads_dates_and_modality_into_a_plan() {
    SessionPlan plan =
        new SessionRequest(
                "2026-S1",
                "2026-03-02",
                " 2026-04-24 ",
                "2026-01-05",
                "2026-03-13",
                25,
                "ONSITE",
                List.of("Claire Dubois"),
                "1234")
            .toPlan();

    assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(plan.endsOn()).isEqualTo(LocalDate.of(2026, 4, 24));
    assertThat(plan.modality()).isEqualTo(SessionModality.ONSITE);
    assertThat(plan.tutors()).containsExactly("Claire Dubois");
  }

  @Test
  void leaves_absent_values_to_the_session_rules() {
    SessionPlan plan =
        new SessionRequest(null, null, " ", null, null, null, null, null, null).toPlan();
    assertThat(plan.startsOn()).isNull();
    assertThat(plan.endsOn()).isNull();
    assertThat(plan.modality()).isNull();
  }

  @Test
  void reports_every_unreadable_date_and_an_unknown_modality_together() {
    var e =
        catchThrowableOfType(
            () ->
                new SessionRequest(
                        "S1",
                        "02/03/2026",
                        "2026-04-31",
                        "2026-01-05",
                        "demain",
                        10,
                        "LIVE",
                        null,
                        null)
                    .toPlan(),
            RuleViolationException.class);
    assertThat(e.fieldErrors())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly(
            "startsOn:error.date.format",
            "endsOn:error.date.format",
            "enrolmentClosesOn:error.date.format",
            "modality:error.code.unknown");
    assertThat(e.fieldErrors().get(3).arguments())
        .containsExactly("LIVE", "ONLINE_SYNCHRONOUS, ONLINE_ASYNCHRONOUS, BLENDED, ONSITE");
  }
}
