package fr.unicamp.catalogue.infrastructure;

import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionFilter;
import fr.unicamp.catalogue.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions in JPA, through the tenant-scoped entity manager: its criteria keep every query inside
 * the caller's university. Lists are built from the filters that are present, never with "(:p IS
 * NULL OR ...)", which PostgreSQL cannot type.
 */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Session> find(long id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  /**
   * Reads what is stored, without writing the caller's pending change first: a session whose code
   * was just changed is checked against the others before anything reaches the unique key.
   */
  @Override
  public Optional<Session> findByCode(long microCertificationId, String code) {
    return em.createQuery(
            "SELECT s FROM CourseSession s WHERE s.microCertificationId = :m AND s.code = :code",
            Session.class)
        .setParameter("m", microCertificationId)
        .setParameter("code", code)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Session> pageOf(long microCertificationId, Long afterId, int rows) {
    Map<String, Map.Entry<String, ?>> where = new LinkedHashMap<>();
    where.put("s.microCertificationId = :m", Map.entry("m", microCertificationId));
    return page(where, afterId, rows);
  }

  @Override
  public List<Session> pageAfter(SessionFilter filter, Long afterId, int rows) {
    Map<String, Map.Entry<String, ?>> where = new LinkedHashMap<>();
    if (filter.from() != null) {
      where.put("s.startsOn >= :from", Map.entry("from", filter.from()));
    }
    if (filter.to() != null) {
      where.put("s.startsOn <= :to", Map.entry("to", filter.to()));
    }
    if (filter.openOn() != null) {
      where.put(
          "s.cancelledAt IS NULL AND s.enrolmentOpensOn <= :today"
              + " AND s.enrolmentClosesOn >= :today",
          Map.entry("today", filter.openOn()));
    }
    return page(where, afterId, rows);
  }

  /** {@code where}: each condition with its one parameter (name and value). */
  private List<Session> page(Map<String, Map.Entry<String, ?>> where, Long afterId, int rows) {
    Map<String, Map.Entry<String, ?>> conditions = new LinkedHashMap<>(where);
    if (afterId != null) {
      conditions.put("s.id > :after", Map.entry("after", afterId));
    }
    List<String> clauses = new ArrayList<>(conditions.keySet());
    String jpql =
        "SELECT s FROM CourseSession s"
            + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses))
            + " ORDER BY s.id";
    TypedQuery<Session> query = em.createQuery(jpql, Session.class);
    conditions.values().forEach(p -> query.setParameter(p.getKey(), p.getValue()));
    return query.setMaxResults(rows).getResultList();
  }

  @Override
  public void add(Session session) {
    em.persist(session);
    // the identity column assigns the id on insert; callers audit and link by it straight away
    em.flush();
  }

  @Override
  public void update(Session session) {
    em.flush();
  }
}
