package fr.unicamp.catalogue.domain.pathway;

import java.util.List;
import java.util.Optional;

/**
 * Where pathways are kept. Implementations see only the caller's tenant: a pathway of another
 * university is as absent as one that does not exist.
 */
public interface PathwayRepository {

  Optional<PathwayEntry> find(long id);

  /**
   * One keyset page ordered by id: the first {@code rows} pathways whose id is greater than {@code
   * afterId} (from the start when null), only of {@code kind} and {@code status} when they are not
   * null. Callers ask for one row more than they show, to know whether another page follows.
   */
  List<PathwayEntry> pageAfter(PathwayKind kind, PathwayStatus status, Long afterId, int rows);

  /** Keeps a new pathway; its id is known when this returns. */
  void add(PathwayEntry pathway);

  /** Writes the changes of a pathway read from here now, so that checks answer in the use case. */
  void update(PathwayEntry pathway);

  void remove(PathwayEntry pathway);
}
