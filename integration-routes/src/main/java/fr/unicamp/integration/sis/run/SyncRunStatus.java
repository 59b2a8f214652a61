package fr.unicamp.integration.sis.run;

/** RUNNING while claimed; DONE or FAILED at the end. A FAILED run may be claimed again. */
public enum SyncRunStatus {
  RUNNING,
  DONE,
  FAILED
}
