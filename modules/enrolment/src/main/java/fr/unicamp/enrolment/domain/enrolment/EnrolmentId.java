package fr.unicamp.enrolment.domain.enrolment;

/** The identifier of an enrolment. */
public record EnrolmentId(long value) {

  public static EnrolmentId of(long value) {
    return new EnrolmentId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
