package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where assessments are kept, at most one per enrolment; scoped to the caller's tenant. */
public interface AssessmentRepository {

  Optional<Assessment> find(EnrolmentId enrolment);

  /** The assessments of these enrolments (a session's roster); those without one are absent. */
  List<Assessment> findAll(Collection<EnrolmentId> enrolments);

  /** Keeps an assessment, replacing the enrolment's previous one (a second attempt). */
  void add(Assessment assessment);

  void update(Assessment assessment);
}
