package fr.unicamp.integration.sis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** {@link SisTransactions} in the container: a JTA transaction of its own. */
@ApplicationScoped
public class JtaSisTransactions implements SisTransactions {

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }
}
