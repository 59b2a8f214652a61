package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.Enrolments.enrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.EnrolmentWindow;
import fr.unicamp.enrolment.domain.session.SessionCapacity;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionAndTransferTest {

  private static final LocalDate OPENS = LocalDate.of(2026, 9, 1);
  private static final LocalDate CLOSES = LocalDate.of(2026, 9, 30);
  private static final SessionFacts SESSION =
      new SessionFacts(
          SessionId.of(100),
          Enrolments.ULILLE,
          new EnrolmentWindow(OPENS, CLOSES),
          new SessionCapacity(2),
          new BigDecimal("20"),
          new CertificationTerms(
              MicroCertificationVersionId.of(7),
              List.of(),
              IdentityVerification.SUPERVISED_WITH_ID_CHECK,
              80),
          false);

  @Test
  void a_session_takes_enrolments_inside_its_window_both_days_included_while_seats_are_free() {
    assertThat(EnrolmentAdmission.refusals(SESSION, OPENS, 0)).isEmpty();
    assertThat(EnrolmentAdmission.refusals(SESSION, CLOSES, 1)).isEmpty();
  }

  @Test
  void a_full_session_outside_its_window_gives_both_reasons() {
    assertThat(EnrolmentAdmission.refusals(SESSION, CLOSES.plusDays(1), 2))
        .containsExactly(
            FieldError.of("session", "error.enrolment.window-closed", "2026-09-01", "2026-09-30"),
            FieldError.of("session", "error.enrolment.session-full", 2));
    assertThat(EnrolmentAdmission.refusals(SESSION, OPENS.minusDays(1), 0)).hasSize(1);
  }

  @Test
  void a_cancelled_session_takes_no_enrolment_even_inside_its_window() {
    SessionFacts cancelled =
        new SessionFacts(
            SESSION.id(),
            SESSION.university(),
            SESSION.window(),
            SESSION.capacity(),
            SESSION.plannedHours(),
            SESSION.terms(),
            true);

    assertThat(EnrolmentAdmission.refusals(cancelled, OPENS, 0))
        .containsExactly(FieldError.of("session", "error.enrolment.session-cancelled"));
  }

  @Test
  void opening_an_enrolment_checks_the_funding_with_every_error() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Enrolment.open(
                    Enrolments.ULILLE,
                    LearnerId.of(1),
                    SessionId.of(100),
                    new Funding(FundingSource.CPF, null, "ACC-1", null),
                    OPENS));

    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("funding.agreementNumber", "funding.edofFolderNumber");
  }

  @Test
  void a_new_enrolment_is_pending_payment_and_enrolled() {
    Enrolment e =
        Enrolment.open(
            Enrolments.ULILLE, LearnerId.of(1), SessionId.of(100), Funding.self("CMD-9"), OPENS);

    assertThat(e.administrative()).isEqualTo(AdministrativeEnrolment.pendingPayment());
    assertThat(e.pedagogical()).isEqualTo(PedagogicalEnrolment.enrolled());
    assertThat(e.isActive()).isTrue();
    assertThat(e.id()).isNull();
  }

  @Test
  void a_merge_moves_every_enrolment_of_the_absorbed_record() {
    Enrolment mine =
        enrolment(1, 1, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);
    Enrolment other =
        enrolment(2, 2, 200, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);
    Enrolment oldCancelled =
        enrolment(3, 2, 100, AdministrativeStatus.CANCELLED, PedagogicalStatus.WITHDRAWN);

    var moved =
        EnrolmentTransfer.move(List.of(other, oldCancelled), List.of(mine), LearnerId.of(1));

    assertThat(moved).containsExactly(EnrolmentId.of(2), EnrolmentId.of(3));
    assertThat(other.learner()).isEqualTo(LearnerId.of(1));
    assertThat(oldCancelled.learner()).isEqualTo(LearnerId.of(1));
  }

  @Test
  void a_merge_is_refused_when_both_records_hold_a_seat_in_the_same_session_and_nothing_moves() {
    Enrolment mine =
        enrolment(1, 1, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);
    Enrolment elsewhere =
        enrolment(2, 2, 200, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);
    Enrolment clash =
        enrolment(3, 2, 100, AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                EnrolmentTransfer.move(List.of(elsewhere, clash), List.of(mine), LearnerId.of(1)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("enrolments", "error.enrolment.transfer.same-session", 3L, 100L));
    assertThat(elsewhere.learner()).isEqualTo(LearnerId.of(2));
    assertThat(clash.learner()).isEqualTo(LearnerId.of(2));
  }
}
