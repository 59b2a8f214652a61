package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

/** Where a session's exclusions and jury decision are kept; scoped to the caller's tenant. */
public interface JuryRepository {

  /** The session's decision, once recorded; a session is decided once. */
  Optional<JuryDecision> findDecision(SessionId session);

  void addDecision(JuryDecision decision);

  /** The exclusions of the session's enrolments. */
  List<Exclusion> findExclusions(SessionId session);

  void addExclusion(SessionId session, Exclusion exclusion);

  void removeExclusion(SessionId session, EnrolmentId enrolment);
}
