package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Published (as a CDI event, by the service, after commit) when a jury decision is recorded: the
 * enrolments awarded the micro-certification version. The certificates module observes it and
 * issues one certificate per enrolment; an empty list is still published (the session is decided).
 */
public record JuryDecisionRecorded(
    UniversityCode university,
    SessionId session,
    MicroCertificationVersionId version,
    LocalDate decidedOn,
    List<EnrolmentId> awarded) {

  public JuryDecisionRecorded {
    Objects.requireNonNull(university, "university");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(decidedOn, "decidedOn");
    awarded = List.copyOf(awarded);
  }
}
