package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.AssessmentRepository;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceRepository;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.Exclusion;
import fr.unicamp.enrolment.domain.jury.JuryCandidate;
import fr.unicamp.enrolment.domain.jury.JuryDecision;
import fr.unicamp.enrolment.domain.jury.JuryDecisionRecorded;
import fr.unicamp.enrolment.domain.jury.JuryEligibility;
import fr.unicamp.enrolment.domain.jury.JuryRepository;
import fr.unicamp.enrolment.domain.jury.LearnerVerdict;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A session's jury: the eligibility of its active enrolments, staff exclusions, and the decision,
 * recorded once and published as {@link JuryDecisionRecorded} for the certificates module (whose
 * observer runs after commit).
 *
 * <p>Vetoed until its JPA repositories and the catalogue-session adapter exist (next session).
 */
@Vetoed
@ApplicationScoped
public class JuryService {

  @Inject EnrolmentRepository enrolments;
  @Inject AttendanceRepository attendances;
  @Inject AssessmentRepository assessments;
  @Inject JuryRepository juries;
  @Inject SessionDirectory sessions;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;
  @Inject Event<JuryDecisionRecorded> decisions;
  @Inject Clock clock;

  /** The eligibility of every active enrolment of the session, each with every reason against. */
  @Transactional
  public List<Eligibility> eligibility(SessionId sessionId) {
    return eligibility(session(sessionId));
  }

  /** Excludes a learner from the session's jury, with a reason; only before the decision. */
  @Transactional
  public Exclusion exclude(SessionId sessionId, EnrolmentId enrolmentId, String reason) {
    Writers.require(currentActor.get());
    SessionFacts session = undecided(sessionId);
    Enrolment enrolment = enrolmentOf(sessionId, enrolmentId);
    Exclusion exclusion =
        new Exclusion(
            enrolmentId,
            reason,
            currentActor.get().name(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    juries.addExclusion(session.id(), exclusion);
    audit.record(
        enrolment.university(),
        new AuditChange(
            "jury.exclude", "Enrolment", enrolmentId.toString(), null, exclusion.reason()));
    return exclusion;
  }

  /** Lifts a learner's exclusion from the session's jury; only before the decision. */
  @Transactional
  public void readmit(SessionId sessionId, EnrolmentId enrolmentId) {
    Writers.require(currentActor.get());
    undecided(sessionId);
    Enrolment enrolment = enrolmentOf(sessionId, enrolmentId);
    Exclusion exclusion =
        juries.findExclusions(sessionId).stream()
            .filter(x -> x.enrolment().equals(enrolmentId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Exclusion", enrolmentId));
    juries.removeExclusion(sessionId, enrolmentId);
    audit.record(
        enrolment.university(),
        new AuditChange(
            "jury.readmit", "Enrolment", enrolmentId.toString(), exclusion.reason(), null));
  }

  /**
   * Records the session's decision and publishes the enrolments awarded. Refused with every problem
   * (see {@link JuryDecision#record}); a session is decided once (409).
   */
  @Transactional
  public JuryDecision decide(
      SessionId sessionId,
      List<String> members,
      LocalDate decidedOn,
      List<LearnerVerdict> verdicts) {
    Writers.require(currentActor.get());
    SessionFacts session = undecided(sessionId);
    JuryDecision decision =
        JuryDecision.record(session, members, decidedOn, verdicts, eligibility(session));
    juries.addDecision(decision);
    audit.record(
        session.university(),
        new AuditChange(
            "jury.decide", "Session", sessionId.toString(), null, decision.verdicts().toString()));
    decisions.fire(decision.event());
    return decision;
  }

  private List<Eligibility> eligibility(SessionFacts session) {
    List<Enrolment> active =
        enrolments.findBySession(session.id()).stream().filter(Enrolment::isActive).toList();
    List<EnrolmentId> ids = active.stream().map(Enrolment::enrolmentId).toList();
    Map<EnrolmentId, Attendance> hours =
        attendances.findAll(ids).stream()
            .collect(Collectors.toMap(Attendance::enrolment, Function.identity()));
    Map<EnrolmentId, Assessment> marks =
        assessments.findAll(ids).stream()
            .collect(Collectors.toMap(Assessment::enrolment, Function.identity()));
    Map<EnrolmentId, Exclusion> exclusions =
        juries.findExclusions(session.id()).stream()
            .collect(Collectors.toMap(Exclusion::enrolment, Function.identity(), (a, b) -> b));
    List<JuryCandidate> candidates =
        active.stream()
            .map(e -> new JuryCandidate(e, hours.get(e.enrolmentId()), marks.get(e.enrolmentId())))
            .toList();
    return JuryEligibility.of(session.terms(), session.plannedHours(), candidates, exclusions);
  }

  private SessionFacts undecided(SessionId id) {
    SessionFacts session = session(id);
    if (juries.findDecision(id).isPresent()) {
      throw new ConflictException(
          "error.jury.already-decided", "session " + id + " was decided", id.value());
    }
    return session;
  }

  private Enrolment enrolmentOf(SessionId sessionId, EnrolmentId id) {
    return enrolments
        .find(id)
        .filter(e -> e.session().equals(sessionId))
        .orElseThrow(() -> new NotFoundException("Enrolment", id));
  }

  private SessionFacts session(SessionId id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
  }
}
