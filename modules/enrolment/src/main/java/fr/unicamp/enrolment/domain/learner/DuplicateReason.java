package fr.unicamp.enrolment.domain.learner;

/** Why two learner records may be the same person. */
public enum DuplicateReason {
  /** The same e-mail address once trimmed and lower-cased. */
  SAME_EMAIL,
  /** The same INE and the same birth date. */
  SAME_INE_AND_BIRTH_DATE
}
