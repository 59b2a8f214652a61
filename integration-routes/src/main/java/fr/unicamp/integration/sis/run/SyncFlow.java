package fr.unicamp.integration.sis.run;

/** The direction of one exchange; {@link #key()} is the last part of route ids. */
public enum SyncFlow {
  EXPORT,
  IMPORT;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
