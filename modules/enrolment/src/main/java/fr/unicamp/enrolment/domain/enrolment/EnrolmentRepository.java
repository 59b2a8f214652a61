package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * Where enrolments are kept. Implementations see only the caller's tenant: another university's
 * enrolment is as absent as one that does not exist. "Active" means {@link Enrolment#isActive()}:
 * administrative status neither REJECTED_BY_SIS nor CANCELLED, pedagogical status not WITHDRAWN.
 */
public interface EnrolmentRepository {

  Optional<Enrolment> find(EnrolmentId id);

  /**
   * The enrolment created for this order in {@code university} (references are unique per
   * university), to make creation idempotent on the caller's reference.
   */
  Optional<Enrolment> findByOrderReference(UniversityCode university, String orderReference);

  /**
   * Whether the learner has an active enrolment in the session. The service checks it before
   * adding; the table must also refuse a second active row for one learner and session, so that two
   * concurrent requests cannot both pass (the database's integrity violation answers 409).
   */
  boolean hasActive(LearnerId learner, SessionId session);

  /** How many active enrolments hold a seat in the session. */
  long countActive(SessionId session);

  /** Every enrolment of the session, active or not, ordered by id. */
  List<Enrolment> findBySession(SessionId session);

  /** Every enrolment of the learner, active or not, ordered by id. */
  List<Enrolment> findByLearner(LearnerId learner);

  /**
   * One keyset page, by id, of the enrolments {@code filter} keeps whose id is above {@code
   * afterId} (null for the first page): at most {@code rows} of them.
   */
  List<Enrolment> pageAfter(EnrolmentFilter filter, Long afterId, int rows);

  /** Keeps a new enrolment; its id is known when this returns. */
  void add(Enrolment enrolment);

  /** Writes the changes of an enrolment read from here now. */
  void update(Enrolment enrolment);
}
