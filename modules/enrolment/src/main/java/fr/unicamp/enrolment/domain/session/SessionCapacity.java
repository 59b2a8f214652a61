package fr.unicamp.enrolment.domain.session;

/** How many active enrolments a session takes; a session without a limit is not modelled. */
public record SessionCapacity(int seats) {

  public SessionCapacity {
    if (seats < 1) {
      throw new IllegalArgumentException("a session has at least one seat: " + seats);
    }
  }

  /** Whether one more learner fits when {@code activeEnrolments} seats are taken. */
  public boolean hasRoomFor(long activeEnrolments) {
    return activeEnrolments < seats;
  }
}
