package fr.unicamp.enrolment.domain.session;

/** The catalogue's identifier of a session (one run of a micro-certification). */
public record SessionId(long value) {

  public static SessionId of(long value) {
    return new SessionId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
