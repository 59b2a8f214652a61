package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where micro-certifications are kept. Implementations see only the caller's tenant: a row of
 * another university is as absent as one that does not exist.
 */
public interface MicroCertificationRepository {

  Optional<MicroCertification> find(long id);

  /**
   * The micro-certification of {@code university} with this code; codes are unique per university.
   */
  Optional<MicroCertification> findByCode(UniversityCode university, String code);

  /**
   * One keyset page ordered by id: the first {@code rows} micro-certifications whose id is greater
   * than {@code afterId} (from the start when it is null). Callers ask for one row more than they
   * show, to know whether another page follows.
   */
  List<MicroCertification> pageAfter(Long afterId, int rows);

  /** As {@link #pageAfter(Long, int)}, only those with {@code status}. */
  List<MicroCertification> pageAfter(MicroCertificationStatus status, Long afterId, int rows);

  /** How many micro-certifications each university has; universities with none are absent. */
  Map<UniversityCode, Long> countByUniversity();

  /** Keeps a new micro-certification; its id is known when this returns. */
  void add(MicroCertification microCertification);

  /**
   * Writes the changes of a micro-certification read from here now, so that the tenant and
   * read-only checks answer inside the use case rather than at commit.
   */
  void update(MicroCertification microCertification);

  /**
   * One keyset page, ordered by id, of the micro-certifications that meet every criterion of {@code
   * filter}: the first {@code rows} whose id is greater than {@code afterId} (from the start when
   * it is null).
   */
  List<MicroCertification> search(MicroCertificationFilter filter, Long afterId, int rows);
}
