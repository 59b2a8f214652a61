package fr.unicamp.enrolment.domain.attendance;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * How an {@link Attendance} is stored: one row of {@code attendance} per enrolment, in the
 * enrolment's university. Written from the aggregate on every change, rebuilding it on every read.
 */
@Entity
@Table(name = "attendance")
public class StoredAttendance extends TenantScoped {

  @Id
  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Column(name = "hours_realised", nullable = false, precision = 8, scale = 2)
  private BigDecimal hoursRealised;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 16)
  private AttendanceSource source;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  /** UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected StoredAttendance() {}

  private StoredAttendance(Attendance attendance, UniversityCode university) {
    super(university);
    this.enrolmentId = attendance.enrolment().value();
    copy(attendance);
  }

  /** A new row for the first figure of an enrolment of {@code university}. */
  public static StoredAttendance of(Attendance attendance, UniversityCode university) {
    return new StoredAttendance(attendance, university);
  }

  public void copy(Attendance attendance) {
    hoursRealised = attendance.hoursRealised();
    source = attendance.source();
    recordedBy = attendance.recordedBy();
    recordedAt = attendance.recordedAt();
  }

  public Attendance toAttendance() {
    return Attendance.restore(
        EnrolmentId.of(enrolmentId), hoursRealised, source, recordedBy, recordedAt);
  }
}
