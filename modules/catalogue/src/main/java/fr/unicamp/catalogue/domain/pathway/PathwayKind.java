package fr.unicamp.catalogue.domain.pathway;

/** What a pathway leads to, and the hour band its members must fit. */
public enum PathwayKind {
  /** A bloc de compétences, possibly registered as a block of an RNCP certification. */
  BLOC(50, 100),
  /** A diplôme inter-universitaire. */
  DIU(120, 300),
  /** A diplôme national. */
  DN(350, 500);

  private final int minHours;
  private final int maxHours;

  PathwayKind(int minHours, int maxHours) {
    this.minHours = minHours;
    this.maxHours = maxHours;
  }

  public int minHours() {
    return minHours;
  }

  public int maxHours() {
    return maxHours;
  }

  /** Only a bloc de compétences can be an RNCP block. */
  public boolean allowsRncpBlockCode() {
    return this == BLOC;
  }
}
