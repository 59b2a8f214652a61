package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The REST form of a session; {@code started} and {@code openForEnrolment} are worked out for today
 * in the business zone.
 */
public record SessionView(
    long id,
    long microCertification,
    String university,
    String code,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate enrolmentOpensOn,
    LocalDate enrolmentClosesOn,
    int capacity,
    String modality,
    List<String> tutors,
    String lmsCourse,
    boolean started,
    boolean openForEnrolment,
    boolean cancelled,
    String cancellationReason,
    Instant cancelledAt) {

  static SessionView of(Session s, LocalDate today) {
    SessionPlan p = s.plan();
    return new SessionView(
        s.id(),
        s.microCertificationId(),
        s.university().value(),
        s.code(),
        p.startsOn(),
        p.endsOn(),
        p.enrolmentOpensOn(),
        p.enrolmentClosesOn(),
        s.capacity(),
        p.modality().name(),
        p.tutors(),
        p.lmsCourse(),
        s.hasStarted(today),
        s.isOpenForEnrolment(today),
        s.isCancelled(),
        s.cancellationReason().orElse(null),
        s.cancelledAt().map(OffsetDateTime::toInstant).orElse(null));
  }
}
