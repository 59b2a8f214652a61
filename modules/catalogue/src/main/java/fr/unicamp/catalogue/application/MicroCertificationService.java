package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.microcertification.Versions;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.application.UniversityRegistry;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
  @Inject CurrentActor currentActor;

  /** The consortium as configured: co-producers must be among its universities. */
  @Inject UniversityRegistry registry;

  /** The business clock (Europe/Paris), for "today" and the transitions' times. */
  @Inject Clock clock;

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
    audited(draft, "micro-certification.draft", null, draft.toString());
    return draft;
  }

  /**
   * Replaces the Annex I elements of a draft; audited with the elements before and after. The
   * authorship is kept, and so are the grade scheme and integration/stackability when {@code
   * elements} leaves them out (null): callers written before them (the edit screen's form, file
   * imports) would otherwise clear what the REST API stored.
   */
  @Transactional
  public MicroCertification describe(long id, AnnexElements elements) {
    MicroCertification m = getForChange(id);
    String before = m.annex().toString();
    m.describe(elements.keepingLaterElementsOf(m.annex()));
    microCertifications.update(m);
    audited(m, "micro-certification.describe", before, m.annex().toString());
    return m;
  }

  /**
   * Replaces the Annex I elements and the authorship (co-producers, team, brand) of a draft, all at
   * once; co-producers must be universities of the consortium other than the awarding one. Every
   * broken rule is reported together and nothing changes then. Audited before and after.
   */
  @Transactional
  public MicroCertification describe(long id, AnnexElements elements, Authorship authorship) {
    MicroCertification m = getForChange(id);
    String before = m.annex() + " " + m.authorship();
    m.describe(elements, authorship, registry.configuredCodes());
    microCertifications.update(m);
    audited(m, "micro-certification.describe", before, m.annex() + " " + m.authorship());
    return m;
  }

  /**
   * What is wrong with the co-producers of {@code authorship} for micro-certification {@code id}
   * (the awarding one, a university outside the consortium, one listed twice), without changing
   * anything: so that a request refused for other reasons lists these too.
   */
  @Transactional
  public List<FieldError> coProducerViolations(long id, Authorship authorship) {
    MicroCertification m = getForChange(id);
    return authorship.consortiumViolations(m.university(), registry.configuredCodes());
  }

  /**
   * Replaces the competency reference of a draft, criteria grids included; audited with the
   * competency codes before and after.
   */
  @Transactional
  public List<CompetencyDefinition> defineCompetencies(
      long id, List<CompetencyDefinition> competencies) {
    MicroCertification m = getForChange(id);
    String before = codesOf(m.competencies());
    m.defineCompetencies(competencies);
    microCertifications.update(m);
    List<CompetencyDefinition> after = m.competencies();
    audited(m, "micro-certification.competencies", before, codesOf(after));
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
    MicroCertification m = getForChange(id);
    String before = m.sustainabilityPlan().map(SustainabilityPlan::toString).orElse(null);
    m.planSustainability(plan);
    microCertifications.update(m);
    audited(m, "micro-certification.sustainability-plan", before, plan.toString());
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
    MicroCertification m = getForChange(id);
    String before = m.toString();
    m.submitForReview(clock);
    microCertifications.update(m);
    audited(m, "micro-certification.submit", before, m.toString());
    return m;
  }

  /** Sends a submitted micro-certification back to its designers with comments. */
  @Transactional
  public MicroCertification sendBack(long id, String comments) {
    return transition(id, "micro-certification.send-back", m -> m.sendBack(comments, clock));
  }

  /** Approves a submitted micro-certification with its academic review. */
  @Transactional
  public MicroCertification approve(long id, AcademicReview review) {
    return transition(id, "micro-certification.approve", m -> m.approve(review, clock));
  }

  /**
   * Publishes an approved micro-certification; the CFVU date may not be after today. Publishing
   * version n retires the older published version of its code, "superseded by version n" (audited
   * too); refused (409) when a newer version is already published.
   */
  @Transactional
  public MicroCertification publish(long id, LocalDate cfvuInformedOn) {
    MicroCertification published =
        transition(
            id,
            "micro-certification.publish",
            m -> {
              if (m.workflow().canPublish()) {
                versionsOf(m).requireNoNewerPublished(m);
              }
              m.publish(cfvuInformedOn, clock);
            });
    String reason = Versions.supersededReason(published.version());
    for (MicroCertification older : versionsOf(published).supersededBy(published)) {
      String before = older.toString();
      older.retire(reason, clock);
      microCertifications.update(older);
      audited(older, "micro-certification.retire", before, older + ": " + reason);
    }
    return published;
  }

  /** Retires a published micro-certification for a stated reason. */
  @Transactional
  public MicroCertification retire(long id, String reason) {
    return transition(id, "micro-certification.retire", m -> m.retire(reason, clock));
  }

  /**
   * Drafts the next version of an approved, published or retired micro-certification: a new DRAFT
   * row of the same code, numbered after the highest version, copying every element, competency and
   * the plan, linked to {@code id}; that row stays as it is. Refused (409) while a newer version is
   * still open, (422) from a draft or one in review, (403) for finance and auditors. Audited on the
   * new row, with the version it came from as "before".
   */
  @Transactional
  public MicroCertification draftNewVersion(long id) {
    requireReviewRole("may not draft versions");
    MicroCertification source = getForChange(id);
    MicroCertification next = versionsOf(source).draftNextFrom(source);
    microCertifications.add(next);
    audited(next, "micro-certification.new-version", source.toString(), next.toString());
    return next;
  }

  /** Every version of the code of {@code id} that the caller sees, oldest first. */
  @Transactional
  public List<MicroCertification> versions(long id) {
    return versionsOf(get(id)).all();
  }

  private Versions versionsOf(MicroCertification m) {
    return Versions.of(microCertifications.versionsOf(m.university(), m.code()));
  }

  /**
   * One review transition: only staff of the awarding university and consortium admins (and the
   * system) take them; finance and auditors are refused up front (403), before any rule. Audited
   * with the status before and after.
   */
  private MicroCertification transition(
      long id, String action, Consumer<MicroCertification> change) {
    requireReviewRole("may not take review transitions");
    MicroCertification m = getForChange(id);
    String before = m.toString();
    change.accept(m);
    microCertifications.update(m);
    audited(m, action, before, m.toString());
    return m;
  }

  /** Audits a change of {@code m} under its university and id. */
  private void audited(MicroCertification m, String action, String before, String after) {
    audit.record(
        m.university(),
        new AuditChange(action, "MicroCertification", m.id().toString(), before, after));
  }

  /** Finance and auditors may not review, publish, retire or version: 403, before any rule. */
  private void requireReviewRole(String what) {
    currentActor.get().requireMayChange("error.workflow.role", what);
  }

  /**
   * A micro-certification the caller means to change. Published entries of other universities are
   * readable by staff, but not theirs to change: 403, before any business rule answers.
   */
  private MicroCertification getForChange(long id) {
    MicroCertification m = get(id);
    if (!currentActor.get().tenant().covers(m.university())) {
      throw new ForbiddenException(
          "error.micro-certification.foreign",
          "micro-certification " + id + " belongs to " + m.university().value(),
          m.university().value());
    }
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

  /**
   * As {@link #list(Long, int)}, only those with {@code status}; with PUBLISHED, staff get the
   * published entries of every university.
   */
  @Transactional
  public List<MicroCertification> list(MicroCertificationStatus status, Long afterId, int limit) {
    return status == null
        ? list(afterId, limit)
        : microCertifications.pageAfter(status, afterId, limit + 1);
  }

  /** Micro-certifications per university code, among those the caller may see. */
  @Transactional
  public Map<String, Long> countByUniversity() {
    return microCertifications.countByUniversity().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
  }

  /**
   * One keyset page of the micro-certifications the caller may read that meet {@code filter};
   * fetches {@code limit + 1} rows to know if more follow.
   */
  @Transactional
  public List<MicroCertification> search(MicroCertificationFilter filter, Long afterId, int limit) {
    return microCertifications.search(filter, afterId, limit + 1);
  }
}
