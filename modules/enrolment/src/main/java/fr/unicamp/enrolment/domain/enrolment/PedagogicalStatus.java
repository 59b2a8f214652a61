package fr.unicamp.enrolment.domain.enrolment;

/**
 * Where the pedagogical enrolment ("inscription pédagogique", IP) stands: ENROLLED → IN_PROGRESS →
 * COMPLETED or FAILED; WITHDRAWN (a drop-out, with its coded cause) before the end. The transitions
 * live in {@link PedagogicalAction}. Stored by name: never rename a constant.
 */
public enum PedagogicalStatus {
  ENROLLED,
  IN_PROGRESS,
  COMPLETED,
  FAILED,
  WITHDRAWN;

  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == WITHDRAWN;
  }
}
