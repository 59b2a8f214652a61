package fr.unicamp.enrolment.domain.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where learners are kept. Implementations see only the caller's tenant: another university's
 * learner is as absent as one that does not exist.
 */
public interface LearnerRepository {

  Optional<Learner> find(LearnerId id);

  /** Learners, merged ones excluded, whose normalised e-mail address is {@code email}. */
  List<Learner> findByEmail(EmailAddress email);

  /** Learners, merged ones excluded, with this INE and birth date. */
  List<Learner> findByIneAndBirthDate(Ine ine, LocalDate birthDate);

  /** Keeps a new learner; its id is known when this returns. */
  void add(Learner learner);

  /** Writes the changes of a learner read from here now. */
  void update(Learner learner);
}
