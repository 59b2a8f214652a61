package fr.unicamp.common.infrastructure;

import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reads user accounts to tell who a caller is. It uses the plain container entity manager because
 * it runs before the tenant is known, and user accounts are not tenant-scoped rows.
 */
@ApplicationScoped
public class UserDirectory {

  @PersistenceContext(unitName = "unicamp")
  EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserAccount> find(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username AND u.enabled = TRUE",
            UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<Actor> actorFor(String username) {
    return find(username).map(u -> Actor.user(u.username(), u.role(), u.university()));
  }
}
