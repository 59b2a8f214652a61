package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentFilter;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentRepository;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.enrolment.StoredEnrolment;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
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
 * Enrolments in JPA, through the tenant-scoped entity manager. Lists are keyset pages by id, built
 * from the filters that are present (indexes {@code (university_id, id)} and {@code (session_id,
 * id)}); "active" is spelled out in JPQL with parameters, never enum literals. On PostgreSQL a
 * partial unique index backs the one-active-enrolment rule against concurrent requests.
 */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

  private static final String ACTIVE =
      " AND e.adminStatus NOT IN :finals AND e.pedagogicalStatus <> :withdrawn";

  @Inject EntityManager em;
  @Inject SessionDirectory sessions;

  @Override
  public Optional<Enrolment> find(EnrolmentId id) {
    return Optional.ofNullable(em.find(StoredEnrolment.class, id.value()))
        .map(StoredEnrolment::toEnrolment);
  }

  @Override
  public Optional<Enrolment> findByOrderReference(
      UniversityCode university, String orderReference) {
    return em.createQuery(
            "SELECT e FROM StoredEnrolment e WHERE e.universityId = :university"
                + " AND e.orderReference = :ref",
            StoredEnrolment.class)
        .setParameter("university", university.value())
        .setParameter("ref", orderReference)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(StoredEnrolment::toEnrolment);
  }

  @Override
  public boolean hasActive(LearnerId learner, SessionId session) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(e) FROM StoredEnrolment e WHERE e.learnerId = :learner"
                + " AND e.sessionId = :session"
                + ACTIVE,
            Long.class);
    return active(query)
            .setParameter("learner", learner.value())
            .setParameter("session", session.value())
            .getSingleResult()
        > 0;
  }

  @Override
  public long countActive(SessionId session) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(e) FROM StoredEnrolment e WHERE e.sessionId = :session" + ACTIVE,
            Long.class);
    return active(query).setParameter("session", session.value()).getSingleResult();
  }

  @Override
  public List<Enrolment> findBySession(SessionId session) {
    return pageAfter(new EnrolmentFilter(session, null, null), null, Integer.MAX_VALUE);
  }

  @Override
  public List<Enrolment> findByLearner(LearnerId learner) {
    return em.createQuery(
            "SELECT e FROM StoredEnrolment e WHERE e.learnerId = :learner ORDER BY e.id",
            StoredEnrolment.class)
        .setParameter("learner", learner.value())
        .getResultStream()
        .map(StoredEnrolment::toEnrolment)
        .toList();
  }

  @Override
  public List<Enrolment> pageAfter(EnrolmentFilter filter, Long afterId, int rows) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.session() != null) {
      conditions.add("e.sessionId = :session");
      parameters.put("session", filter.session().value());
    }
    if (filter.adminStatus() != null) {
      conditions.add("e.adminStatus = :admin");
      parameters.put("admin", filter.adminStatus());
    }
    if (filter.pedagogicalStatus() != null) {
      conditions.add("e.pedagogicalStatus = :pedagogical");
      parameters.put("pedagogical", filter.pedagogicalStatus());
    }
    if (afterId != null) {
      conditions.add("e.id > :after");
      parameters.put("after", afterId);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<StoredEnrolment> query =
        em.createQuery(
            "SELECT e FROM StoredEnrolment e" + where + " ORDER BY e.id", StoredEnrolment.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(rows).getResultStream().map(StoredEnrolment::toEnrolment).toList();
  }

  /** Stores a new enrolment with the version its session runs, read through the directory. */
  @Override
  public void add(Enrolment enrolment) {
    SessionFacts session =
        sessions
            .find(enrolment.session())
            .orElseThrow(() -> new NotFoundException("Session", enrolment.session()));
    StoredEnrolment row = StoredEnrolment.of(enrolment, session.terms().versionId());
    em.persist(row);
    // the identity column assigns the id on insert; callers audit by it straight away
    em.flush();
    enrolment.assignId(row.id());
  }

  @Override
  public void update(Enrolment enrolment) {
    StoredEnrolment row = em.find(StoredEnrolment.class, enrolment.id());
    if (row == null) {
      throw new IllegalStateException("enrolment " + enrolment.id() + " was not read from here");
    }
    row.copy(enrolment);
    em.flush();
  }

  private static TypedQuery<Long> active(TypedQuery<Long> query) {
    return query
        .setParameter(
            "finals", List.of(AdministrativeStatus.REJECTED_BY_SIS, AdministrativeStatus.CANCELLED))
        .setParameter("withdrawn", PedagogicalStatus.WITHDRAWN);
  }
}
