package fr.unicamp.catalogue.domain.session;

import static fr.unicamp.catalogue.domain.session.Sessions.CLOSES;
import static fr.unicamp.catalogue.domain.session.Sessions.END;
import static fr.unicamp.catalogue.domain.session.Sessions.OPENS;
import static fr.unicamp.catalogue.domain.session.Sessions.PUBLISHED_ONLINE;
import static fr.unicamp.catalogue.domain.session.Sessions.START;
import static fr.unicamp.catalogue.domain.session.Sessions.like;
import static fr.unicamp.catalogue.domain.session.Sessions.plan;
import static fr.unicamp.catalogue.domain.session.Sessions.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Planning a session: on which versions, and every rule of its plan, allowed and refused. */
class SessionPlanningTest {

  private static List<String> refusals(Runnable action) {
    return catchThrowableOfType(action::run, RuleViolationException.class).fieldErrors().stream()
        .map(e -> e.field() + ":" + e.messageKey())
        .toList();
  }

  @Test
  void plans_a_session_of_a_published_version_in_its_university() {
    Session s = Session.plan(PUBLISHED_ONLINE, plan());

    assertThat(s.university()).isEqualTo(Sessions.ULILLE);
    assertThat(s.microCertificationId()).isEqualTo(42L);
    assertThat(s.code()).isEqualTo("2026-S1");
    assertThat(s.capacity()).isEqualTo(25);
    assertThat(s.plan()).isEqualTo(plan());
    assertThat(s.plan().tutors()).containsExactly("Claire Dubois", "Karim Benali");
    assertThat(s.isCancelled()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = MicroCertificationStatus.class,
      names = {"APPROVED", "PUBLISHED"})
  void plans_sessions_of_approved_and_published_versions(MicroCertificationStatus status) {
    Session s = Session.plan(version(status, ParticipationForm.ONLINE), plan());
    assertThat(s.code()).isEqualTo("2026-S1");
  }

  @ParameterizedTest
  @EnumSource(
      value = MicroCertificationStatus.class,
      names = {"DRAFT", "IN_REVIEW", "RETIRED"})
  void refuses_sessions_of_drafts_entries_in_review_and_retired_ones(
      MicroCertificationStatus status) {
    var e =
        catchThrowableOfType(
            () -> Session.plan(version(status, ParticipationForm.ONLINE), plan()),
            RuleViolationException.class);
    assertThat(e.fieldErrors())
        .containsExactly(
            FieldError.of(
                "microCertification", "error.session.micro-certification-status", status));
  }

  @Test
  void the_status_is_reported_before_the_plan_rules() {
    SessionPlan broken = plan(START, START.minusDays(1), OPENS, CLOSES, 0);
    assertThat(
            refusals(
                () ->
                    Session.plan(
                        version(MicroCertificationStatus.DRAFT, ParticipationForm.ONLINE), broken)))
        .containsExactly("microCertification:error.session.micro-certification-status");
  }

  @Test
  void reports_every_missing_field_at_once() {
    SessionPlan empty = new SessionPlan(null, null, null, null, null, null, null, null, null);
    assertThat(refusals(() -> Session.plan(PUBLISHED_ONLINE, empty)))
        .containsExactly(
            "code:error.code.format",
            "startsOn:error.required",
            "endsOn:error.required",
            "enrolmentOpensOn:error.required",
            "enrolmentClosesOn:error.required",
            "capacity:error.required",
            "modality:error.required");
  }

  @Test
  void refuses_a_badly_formed_code() {
    SessionPlan lower = like(plan()).code("s1 bis").build();
    assertThat(refusals(() -> Session.plan(PUBLISHED_ONLINE, lower)))
        .containsExactly("code:error.code.format");
  }

  @Test
  void a_session_may_last_one_day() {
    Session s = Session.plan(PUBLISHED_ONLINE, plan(START, START, OPENS, START, 1));
    assertThat(s.plan().endsOn()).isEqualTo(START);
    assertThat(s.capacity()).isEqualTo(1);
  }

  @Test
  void refuses_an_end_before_the_start() {
    assertThat(
            refusals(
                () ->
                    Session.plan(
                        PUBLISHED_ONLINE, plan(START, START.minusDays(1), OPENS, OPENS, 25))))
        .containsExactly("endsOn:error.session.dates");
  }

  @Test
  void refuses_a_window_that_closes_before_it_opens() {
    assertThat(
            refusals(
                () ->
                    Session.plan(
                        PUBLISHED_ONLINE, plan(START, END, CLOSES, CLOSES.minusDays(1), 25))))
        .containsExactly("enrolmentClosesOn:error.session.window");
  }

  @Test
  void enrolment_may_stay_open_after_the_start_until_the_last_day() {
    Session s = Session.plan(PUBLISHED_ONLINE, plan(START, END, OPENS, END, 25));
    assertThat(s.plan().enrolmentClosesOn()).isEqualTo(END);
  }

  @Test
  void refuses_enrolment_that_closes_after_the_last_day() {
    assertThat(
            refusals(
                () -> Session.plan(PUBLISHED_ONLINE, plan(START, END, OPENS, END.plusDays(1), 25))))
        .containsExactly("enrolmentClosesOn:error.session.window-after-end");
  }

  @Test
  void refuses_a_capacity_below_one() {
    assertThat(refusals(() -> Session.plan(PUBLISHED_ONLINE, plan(START, END, OPENS, CLOSES, 0))))
        .containsExactly("capacity:error.session.capacity");
    assertThat(refusals(() -> Session.plan(PUBLISHED_ONLINE, plan(START, END, OPENS, CLOSES, -3))))
        .containsExactly("capacity:error.session.capacity");
  }

  @Test
  void the_modality_runs_the_form_of_participation() {
    for (ParticipationForm form : ParticipationForm.values()) {
      for (SessionModality modality : SessionModality.values()) {
        SessionPlan p = like(plan()).modality(modality).build();
        CertificationVersion v = version(MicroCertificationStatus.PUBLISHED, form);
        if (modality.form() == form) {
          assertThat(Session.plan(v, p).plan().modality()).isEqualTo(modality);
        } else {
          var e = catchThrowableOfType(() -> Session.plan(v, p), RuleViolationException.class);
          assertThat(e.fieldErrors())
              .as(form + " run as " + modality)
              .containsExactly(
                  FieldError.of(
                      "modality",
                      "error.session.modality",
                      form,
                      form == ParticipationForm.ONLINE
                          ? "ONLINE_SYNCHRONOUS, ONLINE_ASYNCHRONOUS"
                          : form.name()));
        }
      }
    }
  }

  @Test
  void any_modality_fits_a_version_whose_form_is_not_described() {
    CertificationVersion undescribed = version(MicroCertificationStatus.APPROVED, null);
    assertThat(
            Session.plan(undescribed, like(plan()).modality(SessionModality.ONSITE).build())
                .plan()
                .modality())
        .isEqualTo(SessionModality.ONSITE);
  }

  @Test
  void tutors_are_one_name_per_line_and_may_be_none() {
    assertThat(Session.plan(PUBLISHED_ONLINE, like(plan()).tutors(null).build()).plan().tutors())
        .isEmpty();
    assertThat(
            Session.plan(PUBLISHED_ONLINE, like(plan()).tutors(List.of(" Anne Roy ")).build())
                .plan()
                .tutors())
        .containsExactly("Anne Roy");
    assertThat(
            refusals(
                () -> Session.plan(PUBLISHED_ONLINE, like(plan()).tutors(List.of("A\nB")).build())))
        .containsExactly("tutors:error.session.tutors");
    assertThat(
            refusals(
                () ->
                    Session.plan(
                        PUBLISHED_ONLINE, like(plan()).tutors(List.of("Anne", " ")).build())))
        .containsExactly("tutors:error.session.tutors");
    assertThat(
            refusals(
                () ->
                    Session.plan(
                        PUBLISHED_ONLINE, like(plan()).tutors(List.of("x".repeat(4001))).build())))
        .containsExactly("tutors:error.session.tutors");
  }

  @Test
  void the_lms_course_is_one_line_of_at_most_500_characters() {
    assertThat(Session.plan(PUBLISHED_ONLINE, like(plan()).lms("  ").build()).plan().lmsCourse())
        .isNull();
    assertThat(Session.plan(PUBLISHED_ONLINE, like(plan()).lms("1234").build()).plan().lmsCourse())
        .isEqualTo("1234");
    assertThat(
            refusals(
                () -> Session.plan(PUBLISHED_ONLINE, like(plan()).lms("x".repeat(501)).build())))
        .containsExactly("lmsCourse:error.session.lms-course");
    assertThat(refusals(() -> Session.plan(PUBLISHED_ONLINE, like(plan()).lms("12\n34").build())))
        .containsExactly("lmsCourse:error.session.lms-course");
  }
}
