package fr.unicamp.integration.sis.run;

/** What one run read, and what became of it. */
public record SyncCounts(int read, int created, int updated, int unchanged, int rejected) {

  public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0);

  public SyncCounts {
    if (read < 0 || created < 0 || updated < 0 || unchanged < 0 || rejected < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }
}
