package fr.unicamp.enrolment.domain.enrolment;

/**
 * Where the administrative enrolment ("inscription administrative") stands: PENDING_PAYMENT →
 * REGISTERED → SENT_TO_SIS → CONFIRMED_BY_SIS (the SIS gave a student number) or REJECTED_BY_SIS
 * (with its reason); CANCELLED from any status that is not final. The transitions live in {@link
 * AdministrativeAction}. Stored by name: never rename a constant.
 */
public enum AdministrativeStatus {
  PENDING_PAYMENT,
  REGISTERED,
  SENT_TO_SIS,
  CONFIRMED_BY_SIS,
  REJECTED_BY_SIS,
  CANCELLED;

  /** Nothing leaves a final status. */
  public boolean isFinal() {
    return this == REJECTED_BY_SIS || this == CANCELLED;
  }

  /**
   * Whether the learner is registered with the university: paid or funded, and not refused or
   * cancelled since. Pedagogical progress and the jury need it.
   */
  public boolean isValidRegistration() {
    return this == REGISTERED || this == SENT_TO_SIS || this == CONFIRMED_BY_SIS;
  }
}
