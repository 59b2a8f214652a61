package fr.unicamp.catalogue.domain.session;

import static fr.unicamp.catalogue.domain.session.Sessions.CLOSES;
import static fr.unicamp.catalogue.domain.session.Sessions.END;
import static fr.unicamp.catalogue.domain.session.Sessions.OPENS;
import static fr.unicamp.catalogue.domain.session.Sessions.PUBLISHED_ONLINE;
import static fr.unicamp.catalogue.domain.session.Sessions.START;
import static fr.unicamp.catalogue.domain.session.Sessions.like;
import static fr.unicamp.catalogue.domain.session.Sessions.plan;
import static fr.unicamp.catalogue.domain.session.Sessions.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A planned session over time: changed freely before its first day, only its tutors and LMS course
 * afterwards; cancelled with a reason until its last day; open for enrolment within its window.
 */
class SessionLifecycleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
  }

  private static List<String> refusals(Runnable action) {
    return catchThrowableOfType(action::run, RuleViolationException.class).fieldErrors().stream()
        .map(e -> e.field() + ":" + e.messageKey())
        .toList();
  }

  private static SessionPlan moved(SessionPlan p) {
    return like(p)
        .code("2026-S1B")
        .dates(
            p.startsOn().plusDays(7),
            p.endsOn().plusDays(7),
            p.enrolmentOpensOn().plusDays(1),
            p.enrolmentClosesOn().plusDays(1))
        .capacity(40)
        .modality(SessionModality.ONLINE_ASYNCHRONOUS)
        .tutors(List.of("Anne Roy"))
        .lms("5678")
        .build();
  }

  private static SessionPlan newTutorsAndLms(SessionPlan p) {
    return like(p)
        .tutors(List.of("Anne Roy", "Paul Martin"))
        .lms("https://moodle.example/course/9")
        .build();
  }

  @Test
  void changes_everything_before_the_first_day() {
    Session s = planned();
    s.change(PUBLISHED_ONLINE, moved(plan()), START.minusDays(1));
    assertThat(s.plan()).isEqualTo(moved(plan()));
    assertThat(s.code()).isEqualTo("2026-S1B");
    assertThat(s.capacity()).isEqualTo(40);
  }

  @Test
  void a_change_before_the_start_follows_the_planning_rules_and_changes_nothing_when_refused() {
    Session s = planned();
    assertThat(
            refusals(
                () ->
                    s.change(
                        PUBLISHED_ONLINE,
                        Sessions.plan(START, START.minusDays(2), OPENS, CLOSES, 0),
                        START.minusDays(1))))
        .containsExactly(
            "endsOn:error.session.dates",
            "enrolmentClosesOn:error.session.window-after-end",
            "capacity:error.session.capacity");
    assertThat(s.plan()).isEqualTo(plan());
  }

  @Test
  void a_change_may_not_move_the_session_to_another_form_of_participation() {
    Session s = planned();
    CertificationVersion onsite =
        Sessions.version(MicroCertificationStatus.PUBLISHED, ParticipationForm.ONSITE);
    assertThat(refusals(() -> s.change(onsite, plan(), START.minusDays(1))))
        .containsExactly("modality:error.session.modality");
  }

  @Test
  void a_retired_version_still_lets_its_sessions_change() {
    Session s = planned();
    CertificationVersion retired =
        Sessions.version(MicroCertificationStatus.RETIRED, ParticipationForm.ONLINE);
    s.change(retired, newTutorsAndLms(plan()), START.minusDays(1));
    assertThat(s.plan().tutors()).containsExactly("Anne Roy", "Paul Martin");
  }

  @Test
  void from_the_first_day_only_tutors_and_the_lms_course_change() {
    Session s = planned();
    s.change(PUBLISHED_ONLINE, newTutorsAndLms(plan()), START);
    assertThat(s.plan().tutors()).containsExactly("Anne Roy", "Paul Martin");
    assertThat(s.plan().lmsCourse()).isEqualTo("https://moodle.example/course/9");
  }

  @Test
  void from_the_first_day_every_other_field_that_changes_is_refused_and_nothing_changes() {
    Session s = planned();
    var e =
        catchThrowableOfType(
            () -> s.change(PUBLISHED_ONLINE, moved(plan()), START.plusDays(3)),
            RuleViolationException.class);
    assertThat(e.fieldErrors())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly(
            "code:error.session.started",
            "startsOn:error.session.started",
            "endsOn:error.session.started",
            "enrolmentOpensOn:error.session.started",
            "enrolmentClosesOn:error.session.started",
            "capacity:error.session.started",
            "modality:error.session.started");
    assertThat(e.fieldErrors().get(0).arguments()).containsExactly(START);
    assertThat(s.plan()).isEqualTo(plan());
  }

  @Test
  void a_change_to_another_micro_certification_is_a_programming_error() {
    Session s = planned();
    CertificationVersion other =
        new CertificationVersion(
            7L, Sessions.ULILLE, MicroCertificationStatus.PUBLISHED, ParticipationForm.ONLINE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> s.change(other, plan(), START.minusDays(1)));
  }

  @Test
  void is_open_for_enrolment_within_its_window_both_days_included() {
    Session s = planned();
    assertThat(s.isOpenForEnrolment(OPENS.minusDays(1))).isFalse();
    assertThat(s.isOpenForEnrolment(OPENS)).isTrue();
    assertThat(s.isOpenForEnrolment(START.plusDays(1))).as("after the start").isTrue();
    assertThat(s.isOpenForEnrolment(CLOSES)).isTrue();
    assertThat(s.isOpenForEnrolment(CLOSES.plusDays(1))).isFalse();
  }

  @Test
  void has_started_from_its_first_day() {
    Session s = planned();
    assertThat(s.hasStarted(START.minusDays(1))).isFalse();
    assertThat(s.hasStarted(START)).isTrue();
    assertThat(s.hasStarted(END.plusDays(10))).isTrue();
  }

  @Test
  void cancels_with_a_reason_even_after_the_start_and_closes_enrolment() {
    Session s = planned();
    s.cancel("  Trop peu d'inscrits  ", on(START.plusDays(1)));

    assertThat(s.isCancelled()).isTrue();
    assertThat(s.cancellationReason()).contains("Trop peu d'inscrits");
    assertThat(s.cancelledAt()).isPresent();
    assertThat(s.cancelledAt().get().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(s.isOpenForEnrolment(START.plusDays(1))).isFalse();
  }

  @Test
  void cancels_on_the_last_day_but_not_after() {
    planned().cancel("Formateur indisponible", on(END));
    Session s = planned();
    assertThat(refusals(() -> s.cancel("Trop tard", on(END.plusDays(1)))))
        .containsExactly("status:error.session.ended");
    assertThat(s.isCancelled()).isFalse();
  }

  @Test
  void refuses_a_cancellation_without_reason_or_with_a_too_long_one() {
    Session s = planned();
    assertThat(refusals(() -> s.cancel(null, on(OPENS)))).containsExactly("reason:error.required");
    assertThat(refusals(() -> s.cancel("   ", on(OPENS)))).containsExactly("reason:error.required");
    assertThat(refusals(() -> s.cancel("x".repeat(4001), on(OPENS))))
        .containsExactly("reason:error.text.too-long");
    assertThat(s.isCancelled()).isFalse();
  }

  @Test
  void a_cancelled_session_is_neither_changed_nor_cancelled_again() {
    Session s = planned();
    s.cancel("Trop peu d'inscrits", on(OPENS));
    assertThat(refusals(() -> s.cancel("encore", on(OPENS))))
        .containsExactly("status:error.session.cancelled");
    assertThat(refusals(() -> s.change(PUBLISHED_ONLINE, newTutorsAndLms(plan()), OPENS)))
        .containsExactly("status:error.session.cancelled");
    assertThat(s.cancellationReason()).contains("Trop peu d'inscrits");
  }
}
