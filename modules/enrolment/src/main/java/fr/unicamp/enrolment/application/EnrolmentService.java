package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentAdmission;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentFilter;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.enrolment.WithdrawalCause;
import fr.unicamp.enrolment.domain.enrolment.WithdrawalPeriod;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerRepository;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enrolments and their two lifecycles. Billing calls {@link #enrol} for paid orders (idempotent on
 * the order reference); staff call it for funded and company learners.
 */
@ApplicationScoped
public class EnrolmentService {

  @Inject EnrolmentRepository enrolments;
  @Inject LearnerRepository learners;
  @Inject SessionDirectory sessions;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;

  /** The business clock (Europe/Paris). */
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "unicamp.enrolment.withdrawal-days", defaultValue = "14")
  int withdrawalDays = WithdrawalPeriod.DEFAULT.days();

  /**
   * Enrols a learner in a session: the session's window must be open and a seat free, and the
   * learner must not already hold a seat in it (409). A request repeating an order reference gives
   * back the enrolment made for it, unchanged; the same reference for another learner or session is
   * a conflict.
   */
  @Transactional
  public Enrolment enrol(NewEnrolment request) {
    return admit(request).enrolment();
  }

  /** As {@link #enrol}, telling whether the request created the enrolment or repeated one. */
  @Transactional
  public Enrolled admit(NewEnrolment request) {
    Writers.require(currentActor.get());
    SessionFacts session =
        sessions
            .find(request.session())
            .orElseThrow(() -> new NotFoundException("Session", request.session()));
    Optional<Enrolment> replay = replay(request, session.university());
    if (replay.isPresent()) {
      return new Enrolled(replay.get(), false);
    }
    Learner learner =
        learners
            .find(request.learner())
            .orElseThrow(() -> new NotFoundException("Learner", request.learner()));
    if (learner.isMerged() || !learner.university().equals(session.university())) {
      throw RuleViolationException.of(
          "learner", "error.enrolment.learner-not-enrollable", request.learner().value());
    }
    if (enrolments.hasActive(request.learner(), request.session())) {
      throw new ConflictException(
          "error.enrolment.already-enrolled",
          "learner " + request.learner() + " already holds a seat in session " + request.session(),
          request.learner().value(),
          request.session().value());
    }
    LocalDate today = LocalDate.now(clock);
    var refusals =
        EnrolmentAdmission.refusals(session, today, enrolments.countActive(request.session()));
    if (!refusals.isEmpty()) {
      throw new RuleViolationException(refusals);
    }
    Enrolment enrolment =
        Enrolment.open(
            session.university(), request.learner(), request.session(), request.funding(), today);
    enrolments.add(enrolment);
    audit.record(
        enrolment.university(),
        new AuditChange(
            "enrolment.enrol", "Enrolment", enrolment.id().toString(), null, enrolment.toString()));
    return new Enrolled(enrolment, true);
  }

  @Transactional
  public Enrolment register(EnrolmentId id) {
    return change(id, "enrolment.register", Enrolment::register);
  }

  @Transactional
  public Enrolment sendToSis(EnrolmentId id) {
    return change(id, "enrolment.send-to-sis", Enrolment::sendToSis);
  }

  @Transactional
  public Enrolment confirmBySis(EnrolmentId id, String studentNumber) {
    return change(id, "enrolment.confirm-by-sis", e -> e.confirmBySis(studentNumber));
  }

  @Transactional
  public Enrolment rejectBySis(EnrolmentId id, String reason) {
    return change(id, "enrolment.reject-by-sis", e -> e.rejectBySis(reason));
  }

  /** Cancels; inside the configured withdrawal period the cancellation is a withdrawal. */
  @Transactional
  public Enrolment cancel(EnrolmentId id, String reason, WithdrawalCause cause) {
    LocalDate today = LocalDate.now(clock);
    WithdrawalPeriod period = new WithdrawalPeriod(withdrawalDays);
    return change(id, "enrolment.cancel", e -> e.cancel(reason, cause, today, period));
  }

  @Transactional
  public Enrolment start(EnrolmentId id) {
    return change(id, "enrolment.start", e -> e.start(LocalDate.now(clock)));
  }

  @Transactional
  public Enrolment complete(EnrolmentId id) {
    return change(id, "enrolment.complete", e -> e.complete(LocalDate.now(clock)));
  }

  @Transactional
  public Enrolment fail(EnrolmentId id) {
    return change(id, "enrolment.fail", e -> e.fail(LocalDate.now(clock)));
  }

  @Transactional
  public Enrolment withdraw(EnrolmentId id, WithdrawalCause cause, String comment) {
    return change(id, "enrolment.withdraw", e -> e.withdraw(cause, comment, LocalDate.now(clock)));
  }

  @Transactional
  public Enrolment get(EnrolmentId id) {
    return enrolments.find(id).orElseThrow(() -> new NotFoundException("Enrolment", id));
  }

  /**
   * One keyset page (by id) of the enrolments the caller may see that {@code filter} keeps; fetches
   * {@code limit + 1} rows to know if more follow.
   */
  @Transactional
  public List<Enrolment> list(EnrolmentFilter filter, Long afterId, int limit) {
    return enrolments.pageAfter(filter, afterId, limit + 1);
  }

  /** The enrolment already made for the request's order reference in {@code university}. */
  private Optional<Enrolment> replay(NewEnrolment request, UniversityCode university) {
    String order = request.funding() == null ? null : request.funding().orderReference();
    if (order == null) {
      return Optional.empty();
    }
    Optional<Enrolment> existing = enrolments.findByOrderReference(university, order);
    if (existing.isPresent()
        && !(existing.get().learner().equals(request.learner())
            && existing.get().session().equals(request.session()))) {
      throw new ConflictException(
          "error.enrolment.order-reused", "order " + order + " enrolled someone else", order);
    }
    return existing;
  }

  private Enrolment change(EnrolmentId id, String action, Consumer<Enrolment> transition) {
    Writers.require(currentActor.get());
    Enrolment e = get(id);
    String before = e.toString();
    transition.accept(e);
    enrolments.update(e);
    audit.record(
        e.university(), new AuditChange(action, "Enrolment", id.toString(), before, e.toString()));
    return e;
  }
}
