package fr.unicamp.enrolment.domain.session;

import java.time.LocalDate;
import java.util.Objects;

/** The days, both included, on which a session takes enrolments (Europe/Paris calendar). */
public record EnrolmentWindow(LocalDate opensOn, LocalDate closesOn) {

  public EnrolmentWindow {
    Objects.requireNonNull(opensOn, "opensOn");
    Objects.requireNonNull(closesOn, "closesOn");
    if (closesOn.isBefore(opensOn)) {
      throw new IllegalArgumentException("a window closes on or after it opens");
    }
  }

  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }
}
