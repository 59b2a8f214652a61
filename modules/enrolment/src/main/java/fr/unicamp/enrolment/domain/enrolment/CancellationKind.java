package fr.unicamp.enrolment.domain.enrolment;

/**
 * How an administrative enrolment ended when it was cancelled: a WITHDRAWAL uses the learner's
 * legal right inside the withdrawal period; any later one is a CANCELLATION. Stored by name.
 */
public enum CancellationKind {
  WITHDRAWAL,
  CANCELLATION
}
