package fr.unicamp.catalogue.domain.pathway;

/**
 * Where a pathway stands: designers assemble a DRAFT (saved whatever its hours), ACTIVATE it once
 * its members fit the kind's band, and CLOSE it when it is no longer offered. A draft may be
 * deleted; an active pathway is closed instead, since learners may be working towards it; a closed
 * one is kept as it was. Guards are named after the actions they allow.
 */
public enum PathwayStatus {
  DRAFT,
  ACTIVE,
  CLOSED;

  /** Titles and members change while a pathway is a draft or on offer, never once closed. */
  public boolean canEdit() {
    return this != CLOSED;
  }

  public boolean canActivate() {
    return this == DRAFT;
  }

  public boolean canClose() {
    return this == ACTIVE;
  }

  public boolean canDelete() {
    return this == DRAFT;
  }
}
