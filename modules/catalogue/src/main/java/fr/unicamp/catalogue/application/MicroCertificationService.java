package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases on micro-certifications. Every query runs through the tenant-scoped entity manager, so
 * a staff user only ever reaches their university's rows.
 */
@ApplicationScoped
public class MicroCertificationService {

  @Inject EntityManager em;
  @Inject AuditLog audit;
  @Inject Universities universities;

  @Transactional
  public MicroCertification draft(NewMicroCertification request) {
    UniversityCode university = request.university();
    if (universities.find(university).isEmpty()) {
      throw new NotFoundException("University", university.value());
    }
    MicroCertification draft =
        MicroCertification.draft(
            university, request.code(), request.titleFr(), request.titleEn(), request.hours());
    if (findByCode(university, draft.code()).isPresent()) {
      throw new ConflictException(
          "error.micro-certification.duplicate-code",
          "micro-certification " + draft.code() + " exists",
          draft.code());
    }
    em.persist(draft);
    em.flush();
    audit.record(
        university,
        new AuditChange(
            "micro-certification.draft",
            "MicroCertification",
            draft.id().toString(),
            null,
            draft.toString()));
    return draft;
  }

  @Transactional
  public MicroCertification get(long id) {
    return Optional.ofNullable(em.find(MicroCertification.class, id))
        .orElseThrow(() -> new NotFoundException("MicroCertification", id));
  }

  /** One keyset page ordered by id; fetches {@code limit + 1} rows to know if more follow. */
  @Transactional
  public List<MicroCertification> list(Long afterId, int limit) {
    // no "(:after IS NULL OR ...)": PostgreSQL cannot type a parameter that is only tested for null
    var query =
        afterId == null
            ? em.createQuery(
                "SELECT m FROM MicroCertification m ORDER BY m.id", MicroCertification.class)
            : em.createQuery(
                    "SELECT m FROM MicroCertification m WHERE m.id > :after ORDER BY m.id",
                    MicroCertification.class)
                .setParameter("after", afterId);
    return query.setMaxResults(limit + 1).getResultList();
  }

  /** Micro-certifications per university, among those the caller may see. */
  @Transactional
  public Map<String, Long> countByUniversity() {
    return em.createQuery(
            "SELECT m.universityId, COUNT(m) FROM MicroCertification m GROUP BY m.universityId",
            Object[].class)
        .getResultStream()
        .collect(
            java.util.stream.Collectors.toMap(
                r -> (String) r[0], r -> ((Number) r[1]).longValue()));
  }

  private Optional<MicroCertification> findByCode(UniversityCode university, String code) {
    return em.createQuery(
            "SELECT m FROM MicroCertification m WHERE m.universityId = :u AND m.code = :code",
            MicroCertification.class)
        .setParameter("u", university.value())
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
