package fr.unicamp.common.application;

import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The consortium's universities: public reference data every role may read. */
@ApplicationScoped
public class Universities {

  @Inject EntityManager em;

  @Transactional
  public List<University> all() {
    return em.createQuery("SELECT u FROM University u ORDER BY u.code", University.class)
        .getResultList();
  }

  @Transactional
  public Optional<University> find(UniversityCode code) {
    return Optional.ofNullable(em.find(University.class, code.value()));
  }
}
