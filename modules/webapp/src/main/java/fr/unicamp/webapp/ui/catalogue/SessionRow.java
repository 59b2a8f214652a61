package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the sessions table; {@code state} names where the session stands today: {@code
 * CANCELLED}, {@code OVER}, {@code RUNNING}, {@code OPEN} (enrolment open) or {@code PLANNED}.
 */
public record SessionRow(
    Long id,
    String code,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate enrolmentOpensOn,
    LocalDate enrolmentClosesOn,
    int capacity,
    String modality,
    String tutors,
    String lmsCourse,
    String state,
    String cancellationReason)
    implements Serializable {

  static SessionRow of(Session s, LocalDate today) {
    SessionPlan p = s.plan();
    return new SessionRow(
        s.id(),
        p.code(),
        p.startsOn(),
        p.endsOn(),
        p.enrolmentOpensOn(),
        p.enrolmentClosesOn(),
        p.capacity(),
        p.modality().name(),
        String.join(", ", p.tutors()),
        p.lmsCourse(),
        stateOf(s, today),
        s.cancellationReason().orElse(null));
  }

  static String stateOf(Session s, LocalDate today) {
    if (s.isCancelled()) {
      return "CANCELLED";
    }
    if (today.isAfter(s.plan().endsOn())) {
      return "OVER";
    }
    if (s.hasStarted(today)) {
      return "RUNNING";
    }
    return s.isOpenForEnrolment(today) ? "OPEN" : "PLANNED";
  }

  /** Whether it may still change or be cancelled (the service has the last word). */
  public boolean isActive() {
    return !"CANCELLED".equals(state) && !"OVER".equals(state);
  }
}
