package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.assessment.IdentityCheckMethod;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceSource;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.session.EnrolmentWindow;
import fr.unicamp.enrolment.domain.session.SessionCapacity;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Jury candidates: a good one by default, spoilt one aspect at a time. */
final class Candidates {

  static final BigDecimal PLANNED = new BigDecimal("20");
  static final CertificationTerms TERMS =
      Grids.terms(IdentityVerification.SUPERVISED_WITH_ID_CHECK);
  static final SessionFacts SESSION =
      new SessionFacts(
          SessionId.of(100),
          Enrolments.ULILLE,
          new EnrolmentWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
          new SessionCapacity(30),
          PLANNED,
          TERMS,
          false);

  static final Map<String, List<Integer>> PASSING = Map.of("C1", List.of(2, 3), "C2", List.of(2));
  static final Map<String, List<Integer>> FAILING = Map.of("C1", List.of(1, 3), "C2", List.of(2));

  private Candidates() {}

  static Enrolment enrolment(long id, AdministrativeStatus a, PedagogicalStatus p) {
    return Enrolments.enrolment(id, 1000 + id, 100, a, p);
  }

  static Attendance hours(long id, String hours) {
    return Attendance.restore(
        EnrolmentId.of(id), new BigDecimal(hours), AttendanceSource.LMS_IMPORT, "system", Grids.AT);
  }

  static Assessment assessment(
      long id, Map<String, List<Integer>> marks, IdentityCheckMethod method) {
    return Assessment.mark(
        EnrolmentId.of(id),
        TERMS,
        marks,
        null,
        LocalDate.of(2026, 12, 1),
        "Mme Évaluatrice",
        method == null ? null : Grids.check(method));
  }

  static JuryCandidate good(long id) {
    return new JuryCandidate(
        enrolment(id, AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.COMPLETED),
        hours(id, "16"),
        assessment(id, PASSING, IdentityCheckMethod.REMOTE_PROCTORING));
  }
}
