package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;

/**
 * A learner in a session: what happens between the sale and the certificate.
 *
 * <p>The framework requires two enrolments, each with its own lifecycle. The {@link
 * AdministrativeEnrolment} registers the learner with the university (payment or funding, then the
 * SIS); the {@link PedagogicalEnrolment} follows them through the course. They meet at one rule: no
 * progress in the course (start, completion, failure) before the administrative enrolment is
 * REGISTERED or later valid. A cancellation ends both: an open course is withdrawn with the cause
 * the learner gave, so that drop-out figures count it.
 *
 * <p>An enrolment is active while neither its administrative enrolment is final nor the learner
 * withdrew; a learner has at most one active enrolment per session (the service checks it).
 */
public final class Enrolment {

  private Long id;
  private final UniversityCode university;
  private LearnerId learner;
  private final SessionId session;
  private final LocalDate enrolledOn;
  private final Funding funding;
  private AdministrativeEnrolment administrative;
  private PedagogicalEnrolment pedagogical;

  private Enrolment(
      UniversityCode university,
      LearnerId learner,
      SessionId session,
      LocalDate enrolledOn,
      Funding funding,
      AdministrativeEnrolment administrative,
      PedagogicalEnrolment pedagogical) {
    this.university = Objects.requireNonNull(university, "university");
    this.learner = Objects.requireNonNull(learner, "learner");
    this.session = Objects.requireNonNull(session, "session");
    this.enrolledOn = Objects.requireNonNull(enrolledOn, "enrolledOn");
    this.funding = funding;
    this.administrative = Objects.requireNonNull(administrative, "administrative");
    this.pedagogical = Objects.requireNonNull(pedagogical, "pedagogical");
  }

  /** A new enrolment, pending payment and enrolled in the course; refused if the funding is not. */
  public static Enrolment open(
      UniversityCode university,
      LearnerId learner,
      SessionId session,
      Funding funding,
      LocalDate enrolledOn) {
    Rules rules = new Rules().require(funding != null, "funding", "error.required");
    var errors = new ArrayList<>(rules.errors());
    if (funding != null) {
      errors.addAll(funding.violations("funding"));
    }
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    return new Enrolment(
        university,
        learner,
        session,
        enrolledOn,
        funding,
        AdministrativeEnrolment.pendingPayment(),
        PedagogicalEnrolment.enrolled());
  }

  /** Rebuilds a stored enrolment; for persistence and tests, not for business changes. */
  public static Enrolment restore(
      long id,
      UniversityCode university,
      LearnerId learner,
      SessionId session,
      LocalDate enrolledOn,
      Funding funding,
      AdministrativeEnrolment administrative,
      PedagogicalEnrolment pedagogical) {
    Enrolment e =
        new Enrolment(
            university, learner, session, enrolledOn, funding, administrative, pedagogical);
    e.id = id;
    return e;
  }

  public void register() {
    administrative = administrative.register();
  }

  public void sendToSis() {
    administrative = administrative.sendToSis();
  }

  public void confirmBySis(String studentNumber) {
    administrative = administrative.confirmBySis(studentNumber);
  }

  public void rejectBySis(String reason) {
    administrative = administrative.rejectBySis(reason);
  }

  /**
   * Cancels the enrolment: the administrative one is CANCELLED (a withdrawal inside {@code
   * period}), and an open course is withdrawn for {@code cause}, required then.
   */
  public void cancel(String reason, WithdrawalCause cause, LocalDate on, WithdrawalPeriod period) {
    administrative.requireAllowed(AdministrativeAction.CANCEL);
    boolean courseOpen = !pedagogical.status().isFinal();
    new Rules()
        .require(on != null, "on", "error.required")
        .require(
            on == null || !on.isBefore(enrolledOn),
            "on",
            "error.enrolment.date-before-enrolment",
            enrolledOn.toString())
        .require(!courseOpen || cause != null, "withdrawalCause", "error.required")
        .throwIfAny();
    AdministrativeEnrolment cancelled = administrative.cancel(reason, on, enrolledOn, period);
    if (courseOpen) {
      pedagogical = pedagogical.withdraw(cause, reason, on);
    }
    administrative = cancelled;
  }

  public void start(LocalDate on) {
    requireProgressAllowed(PedagogicalAction.START);
    pedagogical = pedagogical.start(on);
  }

  public void complete(LocalDate on) {
    requireProgressAllowed(PedagogicalAction.COMPLETE);
    pedagogical = pedagogical.complete(on);
  }

  public void fail(LocalDate on) {
    requireProgressAllowed(PedagogicalAction.FAIL);
    pedagogical = pedagogical.fail(on);
  }

  /** The learner drops out of the course; the administrative enrolment stays as it is. */
  public void withdraw(WithdrawalCause cause, String comment, LocalDate on) {
    pedagogical = pedagogical.withdraw(cause, comment, on);
  }

  /** Moves the enrolment to the learner record that absorbed this one's learner in a merge. */
  public void transferTo(LearnerId survivor) {
    this.learner = Objects.requireNonNull(survivor, "survivor");
  }

  /** Whether the enrolment still holds a seat: not cancelled, rejected or withdrawn. */
  public boolean isActive() {
    return !administrative.status().isFinal()
        && pedagogical.status() != PedagogicalStatus.WITHDRAWN;
  }

  public boolean canProgress() {
    return administrative.status().isValidRegistration();
  }

  private void requireProgressAllowed(PedagogicalAction action) {
    pedagogical.requireAllowed(action);
    if (!canProgress()) {
      throw RuleViolationException.of(
          "administrativeStatus",
          "error.enrolment.not-registered",
          administrative.status().name(),
          action.name());
    }
  }

  /** Set by the repository when the enrolment is first stored. */
  public void assignId(long assigned) {
    if (id != null) {
      throw new IllegalStateException("enrolment " + id + " already has an id");
    }
    id = assigned;
  }

  public Long id() {
    return id;
  }

  public EnrolmentId enrolmentId() {
    if (id == null) {
      throw new IllegalStateException("an enrolment has no id until it is stored");
    }
    return EnrolmentId.of(id);
  }

  public UniversityCode university() {
    return university;
  }

  public LearnerId learner() {
    return learner;
  }

  public SessionId session() {
    return session;
  }

  public LocalDate enrolledOn() {
    return enrolledOn;
  }

  public Funding funding() {
    return funding;
  }

  public AdministrativeEnrolment administrative() {
    return administrative;
  }

  public PedagogicalEnrolment pedagogical() {
    return pedagogical;
  }

  /** For the audit trail: both machines with what they recorded. */
  @Override
  public String toString() {
    return "Enrolment[id="
        + id
        + ", learner="
        + learner
        + ", session="
        + session
        + ", funding="
        + (funding == null ? null : funding.source())
        + ", "
        + administrative
        + ", "
        + pedagogical
        + "]";
  }
}
