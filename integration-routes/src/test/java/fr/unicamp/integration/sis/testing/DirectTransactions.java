package fr.unicamp.integration.sis.testing;

import fr.unicamp.integration.sis.SisTransactions;
import java.util.function.Supplier;

/** Runs the work as it comes: the fakes and H2 auto-commit stand for the JTA transaction. */
public final class DirectTransactions implements SisTransactions {

  @Override
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }
}
