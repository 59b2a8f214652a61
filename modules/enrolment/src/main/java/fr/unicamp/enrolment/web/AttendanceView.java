package fr.unicamp.enrolment.web;

import fr.unicamp.enrolment.domain.attendance.Attendance;
import java.math.BigDecimal;
import java.time.Instant;

/** The REST form of an enrolment's attendance: the hours realised so far and who said so. */
public record AttendanceView(
    long enrolment,
    BigDecimal hoursRealised,
    String source,
    String recordedBy,
    Instant recordedAt) {

  static AttendanceView of(Attendance a) {
    return new AttendanceView(
        a.enrolment().value(),
        a.hoursRealised(),
        a.source().name(),
        a.recordedBy(),
        a.recordedAt().toInstant());
  }
}
