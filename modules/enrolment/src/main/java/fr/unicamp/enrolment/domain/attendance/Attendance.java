package fr.unicamp.enrolment.domain.attendance;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The hours an enrolment's learner realised so far. Each recording replaces the total (LMS exports
 * and tutors' grids give totals, not increments) and keeps who recorded it, from where and when;
 * the previous total goes to the audit trail.
 */
public final class Attendance {

  private final EnrolmentId enrolment;
  private BigDecimal hoursRealised;
  private AttendanceSource source;
  private String recordedBy;
  private OffsetDateTime recordedAt;

  private Attendance(EnrolmentId enrolment) {
    this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
  }

  /** A first recording for an enrolment; refused if the hours break a rule. */
  public static Attendance first(
      EnrolmentId enrolment,
      BigDecimal hours,
      BigDecimal planned,
      AttendanceSource source,
      String by,
      OffsetDateTime at) {
    Attendance attendance = new Attendance(enrolment);
    attendance.record(hours, planned, source, by, at);
    return attendance;
  }

  /** Rebuilds a stored attendance; for persistence and tests. */
  public static Attendance restore(
      EnrolmentId enrolment,
      BigDecimal hours,
      AttendanceSource source,
      String by,
      OffsetDateTime at) {
    Attendance attendance = new Attendance(enrolment);
    attendance.hoursRealised = hours;
    attendance.source = source;
    attendance.recordedBy = by;
    attendance.recordedAt = at;
    return attendance;
  }

  /** Replaces the total with {@code hours}; returns the previous total (null the first time). */
  public BigDecimal record(
      BigDecimal hours, BigDecimal planned, AttendanceSource source, String by, OffsetDateTime at) {
    List<FieldError> errors = AttendanceHours.violations(hours, planned, "hoursRealised");
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    BigDecimal previous = hoursRealised;
    this.hoursRealised = hours.setScale(AttendanceHours.MAX_SCALE, RoundingMode.UNNECESSARY);
    this.source = Objects.requireNonNull(source, "source");
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
    return previous;
  }

  public AttendanceRate rate(BigDecimal planned) {
    return new AttendanceRate(hoursRealised, planned);
  }

  public EnrolmentId enrolment() {
    return enrolment;
  }

  public BigDecimal hoursRealised() {
    return hoursRealised;
  }

  public AttendanceSource source() {
    return source;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  @Override
  public String toString() {
    return "Attendance[enrolment="
        + enrolment
        + ", hours="
        + hoursRealised
        + ", source="
        + source
        + "]";
  }
}
