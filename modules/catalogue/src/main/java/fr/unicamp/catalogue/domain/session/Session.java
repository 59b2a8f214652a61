package fr.unicamp.catalogue.domain.session;

import fr.unicamp.catalogue.domain.microcertification.StoredLines;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One run of a micro-certification: the session learners enrol in.
 *
 * <p>A session is planned on one version of a micro-certification (its row) once that version is
 * APPROVED or PUBLISHED, and belongs to the same university. Until it starts, staff may change
 * everything in it; from its first day only its tutors and its LMS course change, the rest is what
 * learners enrolled for. It may be cancelled, with a reason, until its last day; a cancelled
 * session changes no more. Learners may enrol while the window is open ({@link
 * #isOpenForEnrolment}), up to its {@link #capacity()}: the window may stay open after the start,
 * never after the end.
 *
 * <p>The JPA entity is named {@code CourseSession}, like its table, so that JPQL never reads a bare
 * {@code Session}.
 */
@Entity(name = "CourseSession")
@Table(name = "course_session")
public class Session extends TenantScoped {

  public static final int MAX_REASON = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "micro_certification_id", nullable = false, updatable = false)
  private long microCertificationId;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "enrolment_opens_on", nullable = false)
  private LocalDate enrolmentOpensOn;

  @Column(name = "enrolment_closes_on", nullable = false)
  private LocalDate enrolmentClosesOn;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "modality", nullable = false, length = 24)
  private SessionModality modality;

  /** One name per line; null when there is none. */
  @Column(name = "tutors", length = SessionPlan.MAX_TUTORS_TEXT)
  private String tutors;

  @Column(name = "lms_course", length = SessionPlan.MAX_LMS_COURSE)
  private String lmsCourse;

  /** UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "cancellation_reason", length = MAX_REASON)
  private String cancellationReason;

  protected Session() {}

  private Session(CertificationVersion version, SessionPlan plan) {
    super(version.university());
    this.microCertificationId = version.id();
    apply(plan);
  }

  /**
   * Plans a session of {@code version}: refused on a micro-certification that is not APPROVED or
   * PUBLISHED (reported alone, before any other rule), then with every broken rule of the plan.
   */
  public static Session plan(CertificationVersion version, SessionPlan plan) {
    if (!version.acceptsNewSessions()) {
      throw RuleViolationException.of(
          "microCertification", "error.session.micro-certification-status", version.status());
    }
    requireValid(plan, version);
    return new Session(version, plan);
  }

  /**
   * Replaces the plan. Before the first day ({@code today} in the business zone) everything may
   * change; from then on only the tutors and the LMS course, and every other field that differs is
   * refused. A cancelled session changes no more.
   */
  public void change(CertificationVersion version, SessionPlan next, LocalDate today) {
    if (version.id() != microCertificationId) {
      throw new IllegalArgumentException("session " + id + " runs " + microCertificationId);
    }
    requireNotCancelled();
    if (hasStarted(today)) {
      List<FieldError> frozen =
          plan().frozenFieldsChangedBy(next).stream()
              .map(field -> FieldError.of(field, "error.session.started", startsOn))
              .toList();
      if (!frozen.isEmpty()) {
        throw new RuleViolationException(frozen);
      }
    }
    requireValid(next, version);
    apply(next);
  }

  /** Cancels the session, saying why; refused once cancelled or after its last day. */
  public void cancel(String reason, Clock clock) {
    requireNotCancelled();
    LocalDate today = LocalDate.now(clock);
    if (today.isAfter(endsOn)) {
      throw RuleViolationException.of("status", "error.session.ended", endsOn);
    }
    String stripped = reason == null ? null : reason.strip();
    new Rules()
        .require(stripped != null && !stripped.isEmpty(), "reason", "error.required")
        .require(
            stripped == null || stripped.length() <= MAX_REASON,
            "reason",
            "error.text.too-long",
            MAX_REASON)
        .throwIfAny();
    cancellationReason = stripped;
    cancelledAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Learners may enrol today: not cancelled, and today within the window (both days included). */
  public boolean isOpenForEnrolment(LocalDate today) {
    return !isCancelled() && !today.isBefore(enrolmentOpensOn) && !today.isAfter(enrolmentClosesOn);
  }

  /** From its first day on, a session keeps its dates, window, capacity, modality and code. */
  public boolean hasStarted(LocalDate today) {
    return !today.isBefore(startsOn);
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  /** How many learners the session takes; at least one. */
  public int capacity() {
    return capacity;
  }

  public Long id() {
    return id;
  }

  public long microCertificationId() {
    return microCertificationId;
  }

  public String code() {
    return code;
  }

  /** The plan as it is now. */
  public SessionPlan plan() {
    return new SessionPlan(
        code,
        startsOn,
        endsOn,
        enrolmentOpensOn,
        enrolmentClosesOn,
        capacity,
        modality,
        StoredLines.split(tutors),
        lmsCourse);
  }

  public Optional<OffsetDateTime> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  public Optional<String> cancellationReason() {
    return Optional.ofNullable(cancellationReason);
  }

  private void apply(SessionPlan plan) {
    code = plan.code();
    startsOn = plan.startsOn();
    endsOn = plan.endsOn();
    enrolmentOpensOn = plan.enrolmentOpensOn();
    enrolmentClosesOn = plan.enrolmentClosesOn();
    capacity = plan.capacity();
    modality = plan.modality();
    tutors = plan.tutors().isEmpty() ? null : StoredLines.join(plan.tutors());
    lmsCourse = plan.lmsCourse();
  }

  private void requireNotCancelled() {
    if (isCancelled()) {
      throw RuleViolationException.of("status", "error.session.cancelled");
    }
  }

  private static void requireValid(SessionPlan plan, CertificationVersion version) {
    List<FieldError> violations = plan.violations(version.participationForm());
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  @Override
  public String toString() {
    return code
        + " ("
        + university()
        + ", micro-certification "
        + microCertificationId
        + ", "
        + startsOn
        + " to "
        + endsOn
        + ", enrolment "
        + enrolmentOpensOn
        + " to "
        + enrolmentClosesOn
        + ", "
        + capacity
        + " places, "
        + modality
        + (isCancelled() ? ", cancelled: " + cancellationReason : "")
        + ")";
  }
}
