package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a session takes one more learner today: not cancelled, its enrolment window open and a
 * seat free. The one-active-enrolment-per-learner rule needs the repository and is the service's.
 */
public final class EnrolmentAdmission {

  private EnrolmentAdmission() {}

  /** Every reason the session refuses an enrolment on {@code today}; empty when it takes it. */
  public static List<FieldError> refusals(SessionFacts session, LocalDate today, long activeSeats) {
    return new Rules()
        .require(!session.cancelled(), "session", "error.enrolment.session-cancelled")
        .require(
            session.window().isOpenOn(today),
            "session",
            "error.enrolment.window-closed",
            session.window().opensOn().toString(),
            session.window().closesOn().toString())
        .require(
            session.capacity().hasRoomFor(activeSeats),
            "session",
            "error.enrolment.session-full",
            session.capacity().seats())
        .errors();
  }
}
