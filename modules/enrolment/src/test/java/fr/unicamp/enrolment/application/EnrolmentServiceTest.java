package fr.unicamp.enrolment.application;

import static fr.unicamp.enrolment.application.FixedSessions.S100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.CancellationKind;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.Funding;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.enrolment.WithdrawalCause;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.Learners;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The service's rules on in-memory repositories: no container, no database. */
class EnrolmentServiceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  private final InMemoryLearners learners = new InMemoryLearners();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final FixedActor actor = new FixedActor();
  private final EnrolmentService service = new EnrolmentService();

  @BeforeEach
  void wire() {
    service.enrolments = enrolments;
    service.learners = learners;
    service.sessions = new FixedSessions();
    service.audit = audit;
    service.currentActor = actor;
    on(LocalDate.of(2026, 9, 10));
    for (String email : new String[] {"a@example.org", "b@example.org", "c@example.org"}) {
      learners.add(
          Learner.register(
              Learners.ULILLE, Learners.withEmail(Learners.julie(), email), Learners.TODAY));
    }
  }

  private void on(LocalDate day) {
    service.clock = Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
  }

  private static NewEnrolment request(long learner, String order) {
    return new NewEnrolment(LearnerId.of(learner), S100, Funding.self(order));
  }

  @Test
  void enrols_pending_payment_on_today_and_audits_it() {
    Enrolment e = service.enrol(request(1, "CMD-1"));

    assertThat(e.id()).isEqualTo(1L);
    assertThat(e.enrolledOn()).isEqualTo(LocalDate.of(2026, 9, 10));
    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.PENDING_PAYMENT);
    assertThat(audit.actions()).containsExactly("enrolment.enrol");
    assertThat(audit.recorded.get(0).after()).contains("PENDING_PAYMENT");
  }

  @Test
  void a_repeated_order_reference_gives_back_the_same_enrolment_without_a_second_one() {
    Enrolment first = service.enrol(request(1, "CMD-1"));

    Enrolment again = service.enrol(request(1, "CMD-1"));

    assertThat(again).isSameAs(first);
    assertThat(enrolments.rows).hasSize(1);
    assertThat(audit.recorded).hasSize(1);
  }

  @Test
  void an_order_reference_of_another_university_does_not_replay_nor_block() {
    enrolments.add(
        Enrolment.open(
            UniversityCode.of("URENNES"),
            LearnerId.of(99),
            SessionId.of(200),
            Funding.self("CMD-1"),
            LocalDate.of(2026, 9, 1)));

    Enrolled enrolled = service.admit(request(1, "CMD-1"));

    assertThat(enrolled.created()).isTrue();
    assertThat(enrolled.enrolment().learner()).isEqualTo(LearnerId.of(1));
    assertThat(enrolments.rows).hasSize(2);
  }

  @Test
  void an_order_reference_reused_for_someone_else_is_a_conflict() {
    service.enrol(request(1, "CMD-1"));

    var error =
        catchThrowableOfType(ConflictException.class, () -> service.enrol(request(2, "CMD-1")));

    assertThat(error.messageKey()).isEqualTo("error.enrolment.order-reused");
    assertThat(enrolments.rows).hasSize(1);
  }

  @Test
  void a_learner_holds_one_active_seat_per_session_and_may_enrol_again_after_cancelling() {
    Enrolment first = service.enrol(request(1, "CMD-1"));

    var error =
        catchThrowableOfType(ConflictException.class, () -> service.enrol(request(1, "CMD-2")));
    assertThat(error.messageKey()).isEqualTo("error.enrolment.already-enrolled");
    assertThat(error.arguments()).containsExactly(1L, 100L);

    service.cancel(first.enrolmentId(), "Erreur de session", WithdrawalCause.UNKNOWN);
    assertThat(service.enrol(request(1, "CMD-2")).id()).isEqualTo(2L);
  }

  @Test
  void a_full_session_outside_its_window_refuses_with_both_reasons_and_adds_nothing() {
    service.enrol(request(1, "CMD-1"));
    service.enrol(request(2, "CMD-2"));
    on(LocalDate.of(2026, 10, 1));

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> service.enrol(request(3, "CMD-3")));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.enrolment.window-closed", "error.enrolment.session-full");
    assertThat(enrolments.rows).hasSize(2);
  }

  @Test
  void an_unknown_session_or_learner_is_not_found() {
    catchThrowableOfType(
        NotFoundException.class,
        () ->
            service.enrol(new NewEnrolment(LearnerId.of(1), SessionId.of(999), Funding.self("X"))));
    catchThrowableOfType(NotFoundException.class, () -> service.enrol(request(42, "CMD-1")));
    assertThat(enrolments.rows).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"FINANCE", "AUDITOR"})
  void finance_and_auditors_cannot_enrol_or_change_an_enrolment(Role role) {
    Enrolment e = service.enrol(request(1, "CMD-1"));
    actor.as(role);

    catchThrowableOfType(ForbiddenException.class, () -> service.enrol(request(2, "CMD-2")));
    catchThrowableOfType(ForbiddenException.class, () -> service.register(e.enrolmentId()));

    assertThat(enrolments.rows).hasSize(1);
    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.PENDING_PAYMENT);
    assertThat(audit.recorded).hasSize(1);
  }

  @Test
  void walks_both_lifecycles_and_audits_each_step_before_and_after() {
    Enrolment e = service.enrol(request(1, "CMD-1"));
    var id = e.enrolmentId();

    service.register(id);
    service.start(id);
    service.sendToSis(id);
    service.confirmBySis(id, "21901234");
    service.complete(id);

    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.CONFIRMED_BY_SIS);
    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.COMPLETED);
    assertThat(audit.actions())
        .containsExactly(
            "enrolment.enrol",
            "enrolment.register",
            "enrolment.start",
            "enrolment.send-to-sis",
            "enrolment.confirm-by-sis",
            "enrolment.complete");
    assertThat(audit.recorded.get(4).before()).contains("SENT_TO_SIS");
    assertThat(audit.recorded.get(4).after()).contains("CONFIRMED_BY_SIS", "21901234");
  }

  @Test
  void a_refused_transition_is_neither_applied_nor_audited() {
    Enrolment e = service.enrol(request(1, "CMD-1"));

    catchThrowableOfType(RuleViolationException.class, () -> service.start(e.enrolmentId()));

    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.ENROLLED);
    assertThat(audit.actions()).containsExactly("enrolment.enrol");
    assertThat(enrolments.updates).isZero();
  }

  @Test
  void the_withdrawal_period_comes_from_configuration() {
    Enrolment e = service.enrol(request(1, "CMD-1"));
    on(LocalDate.of(2026, 9, 30));
    service.withdrawalDays = 30;

    service.cancel(e.enrolmentId(), "Rétractation", WithdrawalCause.PERSONAL);

    assertThat(e.administrative().cancellation().kind()).isEqualTo(CancellationKind.WITHDRAWAL);
  }

  @Test
  void a_late_cancellation_under_the_default_period_is_not_a_withdrawal() {
    Enrolment e = service.enrol(request(1, "CMD-1"));
    on(LocalDate.of(2026, 9, 25));

    service.cancel(e.enrolmentId(), "Changement de projet", WithdrawalCause.PERSONAL);

    assertThat(e.administrative().cancellation().kind()).isEqualTo(CancellationKind.CANCELLATION);
    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.WITHDRAWN);
  }
}
