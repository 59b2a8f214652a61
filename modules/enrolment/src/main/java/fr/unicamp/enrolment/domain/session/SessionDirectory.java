package fr.unicamp.enrolment.domain.session;

import java.util.Optional;

/**
 * Reads sessions from the catalogue. Implementations see only the caller's tenant, like every
 * repository: another university's session is absent.
 */
public interface SessionDirectory {

  Optional<SessionFacts> find(SessionId id);
}
