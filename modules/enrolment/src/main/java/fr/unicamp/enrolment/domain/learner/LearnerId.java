package fr.unicamp.enrolment.domain.learner;

/** The identifier of a learner record. */
public record LearnerId(long value) {

  public static LearnerId of(long value) {
    return new LearnerId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
