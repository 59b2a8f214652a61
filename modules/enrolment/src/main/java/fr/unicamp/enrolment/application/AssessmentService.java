package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.AssessmentRepository;
import fr.unicamp.enrolment.domain.assessment.IdentityCheck;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Assessments on the criteria grid of the session's version, and their identity-verification
 * records. A new marking replaces the previous one (a second attempt); both are audited.
 *
 * <p>Vetoed until its JPA repositories and the catalogue-session adapter exist (next session).
 */
@Vetoed
@ApplicationScoped
public class AssessmentService {

  @Inject EnrolmentRepository enrolments;
  @Inject AssessmentRepository assessments;
  @Inject SessionDirectory sessions;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;

  /** Marks an active, registered enrolment on its session's grid; refused with every problem. */
  @Transactional
  public Assessment assess(
      EnrolmentId id,
      Map<String, List<Integer>> marks,
      BigDecimal grade,
      LocalDate assessedOn,
      String assessor,
      IdentityCheck identityCheck) {
    Writers.require(currentActor.get());
    Enrolment enrolment =
        enrolments.find(id).orElseThrow(() -> new NotFoundException("Enrolment", id));
    if (!enrolment.isActive() || !enrolment.canProgress()) {
      throw RuleViolationException.of(
          "enrolment", "error.assessment.enrolment-not-assessable", id.value());
    }
    SessionFacts session =
        sessions
            .find(enrolment.session())
            .orElseThrow(() -> new NotFoundException("Session", enrolment.session()));
    Assessment assessment =
        Assessment.mark(id, session.terms(), marks, grade, assessedOn, assessor, identityCheck);
    String before = assessments.find(id).map(Assessment::toString).orElse(null);
    assessments.add(assessment);
    audit.record(
        enrolment.university(),
        new AuditChange(
            "assessment.mark", "Enrolment", id.toString(), before, assessment.toString()));
    return assessment;
  }

  /** Records the identity-verification record of an existing assessment. */
  @Transactional
  public Assessment recordIdentityCheck(EnrolmentId id, IdentityCheck check) {
    Writers.require(currentActor.get());
    Enrolment enrolment =
        enrolments.find(id).orElseThrow(() -> new NotFoundException("Enrolment", id));
    Assessment assessment =
        assessments.find(id).orElseThrow(() -> new NotFoundException("Assessment", id));
    String before = String.valueOf(assessment.identityCheck().orElse(null));
    assessment.recordIdentityCheck(check);
    assessments.update(assessment);
    audit.record(
        enrolment.university(),
        new AuditChange(
            "assessment.identity-check", "Enrolment", id.toString(), before, check.toString()));
    return assessment;
  }
}
