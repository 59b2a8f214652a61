package fr.unicamp.enrolment.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stored row gives back the enrolment it was written from, every recorded field included. */
class StoredEnrolmentTest {

  static final MicroCertificationVersionId VERSION = MicroCertificationVersionId.of(42);

  /** What the identity column does on insert. */
  static StoredEnrolment inserted(Enrolment e) throws ReflectiveOperationException {
    StoredEnrolment row = StoredEnrolment.of(e, VERSION);
    Field id = StoredEnrolment.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(row, e.id());
    return row;
  }

  static void assertSame(Enrolment read, Enrolment written) {
    assertThat(read.id()).isEqualTo(written.id());
    assertThat(read.university()).isEqualTo(written.university());
    assertThat(read.learner()).isEqualTo(written.learner());
    assertThat(read.session()).isEqualTo(written.session());
    assertThat(read.enrolledOn()).isEqualTo(written.enrolledOn());
    assertThat(read.funding()).isEqualTo(written.funding());
    assertThat(read.administrative()).isEqualTo(written.administrative());
    assertThat(read.pedagogical()).isEqualTo(written.pedagogical());
  }

  @Test
  void keeps_a_new_enrolment_and_its_version() throws ReflectiveOperationException {
    Enrolment e =
        Enrolments.enrolment(AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED);
    StoredEnrolment row = inserted(e);

    assertSame(row.toEnrolment(), e);
    assertThat(row.version()).isEqualTo(VERSION);
  }

  @Test
  void keeps_a_cancellation_a_withdrawal_and_a_student_number()
      throws ReflectiveOperationException {
    Enrolment e =
        Enrolment.restore(
            7,
            Enrolments.ULILLE,
            LearnerId.of(3),
            SessionId.of(9),
            Enrolments.ENROLLED_ON,
            new Funding(FundingSource.CPF, "CMD-7", null, "EDOF-123"),
            new AdministrativeEnrolment(
                AdministrativeStatus.CANCELLED,
                StudentNumber.of("22001234"),
                null,
                new Cancellation(
                    CancellationKind.WITHDRAWAL, "Changement d'avis", LocalDate.of(2026, 9, 3))),
            new PedagogicalEnrolment(
                PedagogicalStatus.WITHDRAWN,
                LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 9, 3),
                WithdrawalCause.PROFESSIONAL,
                "Nouveau poste"));

    assertSame(inserted(e).toEnrolment(), e);
  }

  @Test
  void writes_later_changes_into_the_same_row() throws ReflectiveOperationException {
    Enrolment e =
        Enrolments.enrolment(AdministrativeStatus.SENT_TO_SIS, PedagogicalStatus.IN_PROGRESS);
    StoredEnrolment row = inserted(e);

    e.rejectBySis("Pièce manquante");
    e.transferTo(LearnerId.of(99));
    row.copy(e);

    Enrolment read = row.toEnrolment();
    assertSame(read, e);
    assertThat(read.administrative().rejectionReason()).isEqualTo("Pièce manquante");
    assertThat(read.learner()).isEqualTo(LearnerId.of(99));
  }
}
