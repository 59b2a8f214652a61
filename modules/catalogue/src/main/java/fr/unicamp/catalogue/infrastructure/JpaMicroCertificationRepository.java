package fr.unicamp.catalogue.infrastructure;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Micro-certifications in JPA, through the tenant-scoped entity manager: its criteria keep every
 * query inside the caller's university, so none is written here. Runs in the caller's transaction.
 */
@ApplicationScoped
public class JpaMicroCertificationRepository implements MicroCertificationRepository {

  @Inject EntityManager em;

  @Override
  public Optional<MicroCertification> find(long id) {
    return Optional.ofNullable(em.find(MicroCertification.class, id));
  }

  @Override
  public Optional<MicroCertification> findByCode(UniversityCode university, String code) {
    return em.createQuery(
            "SELECT m FROM MicroCertification m WHERE m.universityId = :u AND m.code = :code",
            MicroCertification.class)
        .setParameter("u", university.value())
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MicroCertification> pageAfter(Long afterId, int rows) {
    // no "(:after IS NULL OR ...)": PostgreSQL cannot type a parameter that is only tested for null
    var query =
        afterId == null
            ? em.createQuery(
                "SELECT m FROM MicroCertification m ORDER BY m.id", MicroCertification.class)
            : em.createQuery(
                    "SELECT m FROM MicroCertification m WHERE m.id > :after ORDER BY m.id",
                    MicroCertification.class)
                .setParameter("after", afterId);
    return query.setMaxResults(rows).getResultList();
  }

  @Override
  public List<MicroCertification> pageAfter(
      MicroCertificationStatus status, Long afterId, int rows) {
    var query =
        afterId == null
            ? em.createQuery(
                    "SELECT m FROM MicroCertification m WHERE m.status = :status ORDER BY m.id",
                    MicroCertification.class)
                .setParameter("status", status)
            : em.createQuery(
                    "SELECT m FROM MicroCertification m WHERE m.status = :status AND m.id > :after"
                        + " ORDER BY m.id",
                    MicroCertification.class)
                .setParameter("status", status)
                .setParameter("after", afterId);
    return query.setMaxResults(rows).getResultList();
  }

  @Override
  public Map<UniversityCode, Long> countByUniversity() {
    return em.createQuery(
            "SELECT m.universityId, COUNT(m) FROM MicroCertification m GROUP BY m.universityId",
            Object[].class)
        .getResultStream()
        .collect(
            Collectors.toMap(
                r -> UniversityCode.of((String) r[0]), r -> ((Number) r[1]).longValue()));
  }

  @Override
  public void add(MicroCertification microCertification) {
    em.persist(microCertification);
    // the identity column assigns the id on insert; callers audit and link by it straight away
    em.flush();
  }

  @Override
  public void update(MicroCertification microCertification) {
    em.flush();
  }

  @Override
  public List<MicroCertification> search(MicroCertificationFilter filter, Long afterId, int rows) {
    // only the criteria given become conditions: PostgreSQL cannot type "(:p IS NULL OR ...)"
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      where.add("m.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.university() != null) {
      where.add("m.universityId = :university");
      parameters.put("university", filter.university().value());
    }
    if (filter.minHours() != null) {
      where.add("m.hours >= :minHours");
      parameters.put("minHours", filter.minHours());
    }
    if (filter.maxHours() != null) {
      where.add("m.hours <= :maxHours");
      parameters.put("maxHours", filter.maxHours());
    }
    if (filter.eqfLevel() != null) {
      where.add("m.eqfLevel = :eqfLevel");
      parameters.put("eqfLevel", filter.eqfLevel());
    }
    if (filter.text() != null) {
      where.add(
          "(LOWER(m.code) LIKE :text ESCAPE '!' OR LOWER(m.titleFr) LIKE :text ESCAPE '!'"
              + " OR LOWER(m.titleEn) LIKE :text ESCAPE '!')");
      parameters.put("text", filter.textPattern());
    }
    if (afterId != null) {
      where.add("m.id > :after");
      parameters.put("after", afterId);
    }
    String jpql =
        "SELECT m FROM MicroCertification m"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY m.id";
    TypedQuery<MicroCertification> query = em.createQuery(jpql, MicroCertification.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(rows).getResultList();
  }
}
