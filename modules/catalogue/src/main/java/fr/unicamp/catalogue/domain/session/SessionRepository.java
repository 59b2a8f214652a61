package fr.unicamp.catalogue.domain.session;

import java.util.List;
import java.util.Optional;

/**
 * Where sessions are kept. Implementations see only the caller's tenant: sessions are operational,
 * so another university's session is as absent as one that does not exist.
 */
public interface SessionRepository {

  Optional<Session> find(long id);

  /** The session of this micro-certification with this code; codes are unique per one. */
  Optional<Session> findByCode(long microCertificationId, String code);

  /**
   * One keyset page ordered by id of the sessions of one micro-certification: the first {@code
   * rows} whose id is greater than {@code afterId} (from the start when it is null).
   */
  List<Session> pageOf(long microCertificationId, Long afterId, int rows);

  /** As {@link #pageOf}, over every session the caller may see that {@code filter} keeps. */
  List<Session> pageAfter(SessionFilter filter, Long afterId, int rows);

  /** Keeps a new session; its id is known when this returns. */
  void add(Session session);

  /** Writes the changes of a session read from here now, so that checks answer in the use case. */
  void update(Session session);
}
