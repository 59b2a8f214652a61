package fr.unicamp.integration.sis;

/**
 * A file whose content cannot be applied (bad lines, a night already imported). It is reported and
 * moved to {@code failed/}; retrying it would give the same answer, so routes never redeliver it.
 */
public class SisDataRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SisDataRejectedException(String message) {
    super(message);
  }
}
