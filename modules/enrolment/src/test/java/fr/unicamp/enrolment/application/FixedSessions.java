package fr.unicamp.enrolment.application;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.session.EnrolmentWindow;
import fr.unicamp.enrolment.domain.session.SessionCapacity;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions the test declares: session 100 of ULILLE, open in September 2026, 2 seats, 20 h. */
class FixedSessions implements SessionDirectory {

  static final SessionId S100 = SessionId.of(100);
  static final CertificationTerms TERMS =
      Grids.terms(IdentityVerification.SUPERVISED_WITH_ID_CHECK);

  final Map<SessionId, SessionFacts> sessions = new HashMap<>();

  FixedSessions() {
    sessions.put(
        S100,
        new SessionFacts(
            S100,
            UniversityCode.of("ULILLE"),
            new EnrolmentWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
            new SessionCapacity(2),
            new BigDecimal("20"),
            TERMS,
            false));
  }

  @Override
  public Optional<SessionFacts> find(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }
}
