package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.enrolment.domain.learner.EmailAddress;
import fr.unicamp.enrolment.domain.learner.Ine;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.LearnerRepository;
import fr.unicamp.enrolment.domain.learner.StoredLearner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Learners in JPA, through the tenant-scoped entity manager: its criteria keep every query inside
 * the caller's university. Each read rebuilds the plain aggregate from its row; {@link #update}
 * writes it back into the row the transaction holds.
 */
@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Learner> find(LearnerId id) {
    return Optional.ofNullable(em.find(StoredLearner.class, id.value()))
        .map(StoredLearner::toLearner);
  }

  @Override
  public List<Learner> findByEmail(EmailAddress email) {
    return em.createQuery(
            "SELECT l FROM StoredLearner l WHERE l.email = :email AND l.mergedIntoId IS NULL"
                + " ORDER BY l.id",
            StoredLearner.class)
        .setParameter("email", email.value())
        .setMaxResults(100)
        .getResultStream()
        .map(StoredLearner::toLearner)
        .toList();
  }

  @Override
  public List<Learner> findByIneAndBirthDate(Ine ine, LocalDate birthDate) {
    return em.createQuery(
            "SELECT l FROM StoredLearner l WHERE l.ine = :ine AND l.birthDate = :born"
                + " AND l.mergedIntoId IS NULL ORDER BY l.id",
            StoredLearner.class)
        .setParameter("ine", ine.value())
        .setParameter("born", birthDate)
        .setMaxResults(100)
        .getResultStream()
        .map(StoredLearner::toLearner)
        .toList();
  }

  @Override
  public void add(Learner learner) {
    StoredLearner row = StoredLearner.of(learner);
    em.persist(row);
    // the identity column assigns the id on insert; callers audit by it straight away
    em.flush();
    learner.assignId(row.id());
  }

  @Override
  public void update(Learner learner) {
    StoredLearner row = em.find(StoredLearner.class, learner.id());
    if (row == null) {
      throw new IllegalStateException("learner " + learner.id() + " was not read from here");
    }
    row.copy(learner);
    em.flush();
  }
}
