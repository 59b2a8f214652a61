package fr.unicamp.catalogue.domain.workflow;

/**
 * The verdict of an academic review ("sens de l'avis"). Only a favourable verdict, with or without
 * reservations, approves a micro-certification: an unfavourable one sends it back to its designers
 * with comments instead.
 */
public enum ReviewVerdict {
  FAVOURABLE,
  FAVOURABLE_WITH_RESERVATIONS,
  UNFAVOURABLE;

  /** Whether a review with this verdict may approve the micro-certification. */
  public boolean approves() {
    return this != UNFAVOURABLE;
  }
}
