package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.pathway.MemberFacts;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayEntryMember;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayRepository;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Use cases on pathways. The repository sees only the caller's tenant, so staff reach only their
 * university's pathways; members are looked up among the micro-certifications the caller may read,
 * which for staff means their own and the published catalogue of every university. Designing is for
 * staff of the awarding university and consortium admins: finance and auditors are refused (403)
 * before any rule. Every change is audited with the pathway before and after.
 */
@ApplicationScoped
public class PathwayService {

  @Inject PathwayRepository pathways;
  @Inject MicroCertificationRepository microCertifications;
  @Inject AuditLog audit;
  @Inject Universities universities;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  /** Starts a draft pathway for the design's university; its hours may still be short. */
  @Transactional
  public PathwayEntry design(PathwayDesign design) {
    requireDesigner();
    UniversityCode university = design.awardingUniversity();
    if (university != null
        && (universities.find(university).isEmpty()
            || !currentActor.get().tenant().covers(university))) {
      throw new NotFoundException("University", university.value());
    }
    PathwayEntry pathway = PathwayEntry.design(design, this::facts, clock);
    pathways.add(pathway);
    record("pathway.create", pathway, null);
    return pathway;
  }

  /** Replaces the kind, titles, RNCP code and members; an active pathway must keep its band. */
  @Transactional
  public PathwayEntry redesign(long id, PathwayDesign design) {
    return change(id, "pathway.update", p -> p.redesign(design, this::facts));
  }

  /** Puts a draft on offer once its hours fit the kind's band and its members are published. */
  @Transactional
  public PathwayEntry activate(long id) {
    return change(id, "pathway.activate", p -> p.activate(this::facts, clock));
  }

  /** Withdraws an active pathway from offer; it is kept as it was. */
  @Transactional
  public PathwayEntry close(long id) {
    return change(id, "pathway.close", p -> p.close(clock));
  }

  /** Deletes a draft that was never offered. */
  @Transactional
  public void delete(long id) {
    requireDesigner();
    PathwayEntry pathway = get(id);
    pathway.requireDeletable();
    record("pathway.delete", pathway, pathway.toString(), null);
    pathways.remove(pathway);
  }

  @Transactional
  public PathwayEntry get(long id) {
    return pathways.find(id).orElseThrow(() -> new NotFoundException("Pathway", id));
  }

  /**
   * The ids of the pathway's members that are still in the published catalogue now; a member
   * retired since it was added is not (and blocks activation and changes).
   */
  @Transactional
  public Set<Long> stillPublished(PathwayEntry pathway) {
    return pathway.members().stream()
        .map(PathwayEntryMember::microCertificationId)
        .filter(id -> facts(id).filter(MemberFacts::published).isPresent())
        .collect(Collectors.toSet());
  }

  /**
   * One keyset page ordered by id, only of {@code kind} and {@code status} when given; fetches
   * {@code limit + 1} rows to know if more follow.
   */
  @Transactional
  public List<PathwayEntry> list(PathwayKind kind, PathwayStatus status, Long afterId, int limit) {
    return pathways.pageAfter(kind, status, afterId, limit + 1);
  }

  /**
   * One keyset page of the active pathways the caller may see (all of them for the system and
   * consortium roles), as stacking reads them; fetches {@code limit + 1} rows like {@link #list}.
   */
  @Transactional
  public List<ActivePathway> active(Long afterId, int limit) {
    return pathways.pageAfter(null, PathwayStatus.ACTIVE, afterId, limit + 1).stream()
        .map(p -> new ActivePathway(p.id(), p.definition().orElseThrow()))
        .toList();
  }

  private PathwayEntry change(long id, String action, Consumer<PathwayEntry> change) {
    requireDesigner();
    PathwayEntry pathway = get(id);
    String before = pathway.toString();
    change.accept(pathway);
    pathways.update(pathway);
    record(action, pathway, before);
    return pathway;
  }

  private Optional<MemberFacts> facts(long microCertificationId) {
    return microCertifications.find(microCertificationId).map(MemberFacts::of);
  }

  private void requireDesigner() {
    currentActor.get().requireMayChange("error.pathway.role", "may not design pathways");
  }

  private void record(String action, PathwayEntry pathway, String before) {
    record(action, pathway, before, pathway.toString());
  }

  private void record(String action, PathwayEntry pathway, String before, String after) {
    audit.record(
        pathway.university(),
        new AuditChange(action, "Pathway", pathway.id().toString(), before, after));
  }
}
