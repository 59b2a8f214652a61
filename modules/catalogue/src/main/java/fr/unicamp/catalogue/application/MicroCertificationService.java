package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Use cases on micro-certifications. The repository sees only the caller's tenant, so a staff user
 * only ever reaches their university's rows.
 */
@ApplicationScoped
public class MicroCertificationService {

  @Inject MicroCertificationRepository microCertifications;
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
    if (microCertifications.findByCode(university, draft.code()).isPresent()) {
      throw new ConflictException(
          "error.micro-certification.duplicate-code",
          "micro-certification " + draft.code() + " exists",
          draft.code());
    }
    microCertifications.add(draft);
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

  /** Replaces the Annex I elements of a draft; audited with the elements before and after. */
  @Transactional
  public MicroCertification describe(long id, AnnexElements elements) {
    MicroCertification m = get(id);
    String before = m.annex().toString();
    m.describe(elements);
    microCertifications.update(m);
    audit.record(
        m.university(),
        new AuditChange(
            "micro-certification.describe",
            "MicroCertification",
            m.id().toString(),
            before,
            m.annex().toString()));
    return m;
  }

  /**
   * Replaces the competency reference of a draft, criteria grids included; audited with the
   * competency codes before and after.
   */
  @Transactional
  public List<CompetencyDefinition> defineCompetencies(
      long id, List<CompetencyDefinition> competencies) {
    MicroCertification m = get(id);
    String before = codesOf(m.competencies());
    m.defineCompetencies(competencies);
    microCertifications.update(m);
    List<CompetencyDefinition> after = m.competencies();
    audit.record(
        m.university(),
        new AuditChange(
            "micro-certification.competencies",
            "MicroCertification",
            m.id().toString(),
            before,
            codesOf(after)));
    return after;
  }

  /** The competency reference, read inside the transaction that loads it. */
  @Transactional
  public List<CompetencyDefinition> competencies(long id) {
    return get(id).competencies();
  }

  /**
   * Sets or replaces the sustainability plan of a draft; audited with the plans before and after.
   */
  @Transactional
  public SustainabilityPlan planSustainability(long id, SustainabilityPlan plan) {
    MicroCertification m = get(id);
    String before = m.sustainabilityPlan().map(SustainabilityPlan::toString).orElse(null);
    m.planSustainability(plan);
    microCertifications.update(m);
    audit.record(
        m.university(),
        new AuditChange(
            "micro-certification.sustainability-plan",
            "MicroCertification",
            m.id().toString(),
            before,
            plan.toString()));
    return plan;
  }

  /** The stored plan; not found when the micro-certification has none yet. */
  @Transactional
  public SustainabilityPlan sustainabilityPlan(long id) {
    return get(id)
        .sustainabilityPlan()
        .orElseThrow(() -> new NotFoundException("SustainabilityPlan", id));
  }

  /** The publish gate's rules for this micro-certification, each with whether it passes now. */
  @Transactional
  public List<RuleCheck> checklist(long id) {
    return get(id).checklist();
  }

  /** Submits a draft for review; refused, with every failing gate rule, until the gate passes. */
  @Transactional
  public MicroCertification submitForReview(long id) {
    MicroCertification m = get(id);
    String before = m.toString();
    m.submitForReview();
    microCertifications.update(m);
    audit.record(
        m.university(),
        new AuditChange(
            "micro-certification.submit",
            "MicroCertification",
            m.id().toString(),
            before,
            m.toString()));
    return m;
  }

  @Transactional
  public MicroCertification get(long id) {
    return microCertifications
        .find(id)
        .orElseThrow(() -> new NotFoundException("MicroCertification", id));
  }

  private static String codesOf(List<CompetencyDefinition> competencies) {
    return competencies.stream()
        .map(CompetencyDefinition::code)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** One keyset page ordered by id; fetches {@code limit + 1} rows to know if more follow. */
  @Transactional
  public List<MicroCertification> list(Long afterId, int limit) {
    return microCertifications.pageAfter(afterId, limit + 1);
  }

  /** Micro-certifications per university code, among those the caller may see. */
  @Transactional
  public Map<String, Long> countByUniversity() {
    return microCertifications.countByUniversity().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
  }
}
