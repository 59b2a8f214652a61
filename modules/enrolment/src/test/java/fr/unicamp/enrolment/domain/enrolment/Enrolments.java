package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.time.LocalDate;

/** Enrolments in a given state, to start tests from. */
public final class Enrolments {

  public static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  public static final LocalDate ENROLLED_ON = LocalDate.of(2026, 9, 1);

  private Enrolments() {}

  public static AdministrativeEnrolment administrative(AdministrativeStatus status) {
    return switch (status) {
      case CONFIRMED_BY_SIS ->
          new AdministrativeEnrolment(status, StudentNumber.of("21901234"), null, null);
      case REJECTED_BY_SIS -> new AdministrativeEnrolment(status, null, "INE inconnu", null);
      case CANCELLED ->
          new AdministrativeEnrolment(
              status,
              null,
              null,
              new Cancellation(CancellationKind.CANCELLATION, "Raison", ENROLLED_ON.plusDays(30)));
      default -> new AdministrativeEnrolment(status, null, null, null);
    };
  }

  public static PedagogicalEnrolment pedagogical(PedagogicalStatus status) {
    LocalDate start = ENROLLED_ON.plusDays(10);
    return switch (status) {
      case ENROLLED -> PedagogicalEnrolment.enrolled();
      case IN_PROGRESS -> new PedagogicalEnrolment(status, start, null, null, null);
      case COMPLETED, FAILED ->
          new PedagogicalEnrolment(status, start, start.plusDays(30), null, null);
      case WITHDRAWN ->
          new PedagogicalEnrolment(
              status, start, start.plusDays(5), WithdrawalCause.PERSONAL, null);
    };
  }

  public static Enrolment enrolment(
      long id, long learner, long session, AdministrativeStatus a, PedagogicalStatus p) {
    return Enrolment.restore(
        id,
        ULILLE,
        LearnerId.of(learner),
        SessionId.of(session),
        ENROLLED_ON,
        Funding.self("CMD-" + id),
        administrative(a),
        pedagogical(p));
  }

  public static Enrolment enrolment(AdministrativeStatus a, PedagogicalStatus p) {
    return enrolment(1, 10, 100, a, p);
  }
}
