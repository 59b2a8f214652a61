package fr.unicamp.common.infrastructure;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Map;

/**
 * The entity manager of the current JTA transaction, created on first use with the caller's tenant
 * as the parameter of {@link TenantScoped#CRITERIA}, closed when the transaction ends.
 */
@TransactionScoped
public class TransactionEntityManager implements Serializable {

  private static final long serialVersionUID = 1L;

  @PersistenceUnit(unitName = "unicamp")
  transient EntityManagerFactory emf;

  @Inject CurrentActor currentActor;

  private transient EntityManager em;

  EntityManager get() {
    if (em == null) {
      String tenant = currentActor.get().tenant().criteriaValue();
      em =
          emf.createEntityManager(
              SynchronizationType.SYNCHRONIZED, Map.of(TenantScoped.TENANT_PARAMETER, tenant));
    }
    return em;
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
  }
}
