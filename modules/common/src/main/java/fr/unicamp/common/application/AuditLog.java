package fr.unicamp.common.application;

import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.audit.AuditEvent;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The audit API every module uses. An event is written in the caller's transaction, so it exists
 * exactly when the change it describes does.
 */
@ApplicationScoped
public class AuditLog {

  @Inject EntityManager em;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(UniversityCode university, AuditChange change) {
    var event = new AuditEvent(clock.instant(), currentActor.get().name(), university, change);
    em.persist(event);
    return event;
  }

  /**
   * The newest events the caller may see, newest first; {@code beforeId} pages backwards. The
   * caller bounds {@code limit} (the REST layer through {@code Page.limit}).
   */
  @Transactional
  public List<AuditEvent> latest(Long beforeId, int limit) {
    // no "(:before IS NULL OR ...)": PostgreSQL cannot type a parameter that is only tested for
    // null
    var query =
        beforeId == null
            ? em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class)
            : em.createQuery(
                    "SELECT e FROM AuditEvent e WHERE e.id < :before ORDER BY e.id DESC",
                    AuditEvent.class)
                .setParameter("before", beforeId);
    return query.setMaxResults(limit).getResultList();
  }
}
