package fr.unicamp.integration.sis;

/** A return that cannot be applied, with the report to put beside it in {@code failed/}. */
public class SisReturnRejectedException extends SisDataRejectedException {

  private static final long serialVersionUID = 1L;

  private final byte[] report;

  public SisReturnRejectedException(String message, byte[] report) {
    super(message);
    this.report = report.clone();
  }

  /** CSV: ligne;colonne;motif;valeurs. */
  public byte[] report() {
    return report.clone();
  }
}
