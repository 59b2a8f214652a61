package fr.unicamp.catalogue.infrastructure;

import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayRepository;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pathways in JPA, through the tenant-scoped entity manager: its criteria keep every query inside
 * the caller's university. Runs in the caller's transaction.
 */
@ApplicationScoped
public class JpaPathwayRepository implements PathwayRepository {

  @Inject EntityManager em;

  @Override
  public Optional<PathwayEntry> find(long id) {
    return Optional.ofNullable(em.find(PathwayEntry.class, id));
  }

  @Override
  public List<PathwayEntry> pageAfter(
      PathwayKind kind, PathwayStatus status, Long afterId, int rows) {
    // the query holds only the filters that are present: PostgreSQL cannot type a parameter that
    // is only tested for null
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (kind != null) {
      conditions.add("p.kind = :kind");
      parameters.put("kind", kind);
    }
    if (status != null) {
      conditions.add("p.status = :status");
      parameters.put("status", status);
    }
    if (afterId != null) {
      conditions.add("p.id > :after");
      parameters.put("after", afterId);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<PathwayEntry> query =
        em.createQuery(
            "SELECT p FROM PathwayEntry p" + where + " ORDER BY p.id", PathwayEntry.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(rows).getResultList();
  }

  @Override
  public void add(PathwayEntry pathway) {
    em.persist(pathway);
    // the identity column assigns the id on insert; callers audit by it straight away
    em.flush();
  }

  @Override
  public void update(PathwayEntry pathway) {
    em.flush();
  }

  @Override
  public void remove(PathwayEntry pathway) {
    em.remove(pathway);
    em.flush();
  }
}
