package fr.unicamp.integration.sis;

import java.util.function.Supplier;

/**
 * Runs work in one new transaction: applying a return and recording its checksum commit together or
 * not at all. {@link JtaSisTransactions} in the container; tests run the work directly.
 */
@FunctionalInterface
public interface SisTransactions {

  <T> T inNewTransaction(Supplier<T> work);
}
