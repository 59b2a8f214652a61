package fr.unicamp.enrolment.domain.jury;

/** The jury's decision on one learner. Stored by name: never rename a constant. */
public enum Verdict {
  /** The micro-certification is awarded: the certificates module issues the certificate. */
  AWARDED,
  /** Not awarded ("ajourné"). */
  NOT_AWARDED
}
