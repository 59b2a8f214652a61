package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A pathway as the catalogue keeps it, from design to closure.
 *
 * <p>Designers of the awarding university start a DRAFT with its kind, French and English titles,
 * an RNCP block code for a bloc, and members: published micro-certifications of any university of
 * the consortium, each once, required or optional. A draft is saved whatever its hours, since a
 * bloc being assembled is usually below its minimum; its hours are worked out on every read.
 * Activating it checks the kind's hour band and that every member is still published; from then on
 * every change is checked the same way, so an ACTIVE pathway always holds ({@link #definition()}).
 * A pathway no longer offered is CLOSED and changes no more; a draft that was never offered may be
 * deleted instead. Each change is refused with every broken rule and changes nothing then.
 */
@Entity
@Table(name = "pathway")
public class PathwayEntry extends TenantScoped {

  public static final int MAX_TITLE = 300;
  public static final int MAX_MEMBERS = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private PathwayKind kind;

  @Column(name = "title_fr", nullable = false, length = MAX_TITLE)
  private String titleFr;

  @Column(name = "title_en", length = MAX_TITLE)
  private String titleEn;

  @Column(name = "rncp_block_code", length = 16)
  private String rncpBlockCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private PathwayStatus status;

  /** UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "activated_at")
  private OffsetDateTime activatedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  /** Eager: a pathway is never read without them, its hours are worked out on every read. */
  @OneToMany(
      mappedBy = "pathway",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<PathwayEntryMember> members = new ArrayList<>();

  protected PathwayEntry() {}

  private PathwayEntry(UniversityCode university) {
    super(university);
  }

  /**
   * Starts a draft; {@code catalogue} finds a micro-certification by id among those the designer
   * may read. Refused with every broken rule; the band is not checked yet.
   */
  public static PathwayEntry design(
      PathwayDesign design, LongFunction<Optional<MemberFacts>> catalogue, Clock clock) {
    new Rules()
        .require(design.awardingUniversity() != null, "university", "error.required")
        .throwIfAny();
    PathwayDesignCheck checked = PathwayDesignCheck.of(design, catalogue, false);
    PathwayEntry entry = new PathwayEntry(design.awardingUniversity());
    entry.status = PathwayStatus.DRAFT;
    entry.createdAt = now(clock);
    entry.apply(checked);
    return entry;
  }

  /**
   * Replaces the kind, titles, RNCP code and members (the awarding university stays); an active
   * pathway must still fit its band. Refused once closed.
   */
  public void redesign(PathwayDesign design, LongFunction<Optional<MemberFacts>> catalogue) {
    requireAllowed(status.canEdit(), "EDIT");
    PathwayDesign own =
        new PathwayDesign(
            university(),
            design.kind(),
            design.titleFr(),
            design.titleEn(),
            design.rncpBlockCode(),
            design.members());
    apply(PathwayDesignCheck.of(own, catalogue, status == PathwayStatus.ACTIVE));
  }

  /** Puts a draft on offer once its members fit the band and are all still published. */
  public void activate(LongFunction<Optional<MemberFacts>> catalogue, Clock clock) {
    requireAllowed(status.canActivate(), "ACTIVATE");
    PathwayDesignCheck.of(currentDesign(), catalogue, true);
    status = PathwayStatus.ACTIVE;
    activatedAt = now(clock);
  }

  /** Withdraws an active pathway from offer for good. */
  public void close(Clock clock) {
    requireAllowed(status.canClose(), "CLOSE");
    status = PathwayStatus.CLOSED;
    closedAt = now(clock);
  }

  /** Refuses unless this pathway may be deleted: only a draft, never offered, may. */
  public void requireDeletable() {
    requireAllowed(status.canDelete(), "DELETE");
  }

  public Long id() {
    return id;
  }

  public PathwayKind kind() {
    return kind;
  }

  public String titleFr() {
    return titleFr;
  }

  public String titleEn() {
    return titleEn;
  }

  public Optional<RncpBlockCode> rncpBlockCode() {
    return Optional.ofNullable(rncpBlockCode).map(RncpBlockCode::of);
  }

  public PathwayStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> activatedAt() {
    return Optional.ofNullable(activatedAt);
  }

  public Optional<OffsetDateTime> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** The members in their order, with what they were when added. */
  public List<PathwayEntryMember> members() {
    return members.stream().sorted(Comparator.comparingInt(PathwayEntryMember::position)).toList();
  }

  /** The hours now, against the kind's band, whatever the status. */
  public PathwayHours hours() {
    return PathwayHours.of(kind, members().stream().map(PathwayEntryMember::toMember).toList());
  }

  /**
   * What the pathway awards and from which members, once it fits its band (always when active or
   * closed; a draft may not yet).
   */
  public Optional<Pathway> definition() {
    if (!hours().fitsBand()) {
      return Optional.empty();
    }
    return Optional.of(
        Pathway.define(
            university(),
            kind,
            titleFr,
            rncpBlockCode().orElse(null),
            members().stream().map(PathwayEntryMember::toMember).toList()));
  }

  private PathwayDesign currentDesign() {
    return new PathwayDesign(
        university(),
        kind.name(),
        titleFr,
        titleEn,
        rncpBlockCode,
        members().stream()
            .map(m -> new MemberChoice(m.microCertificationId(), m.required()))
            .toList());
  }

  private void apply(PathwayDesignCheck checked) {
    kind = checked.kind();
    titleFr = checked.titleFr();
    titleEn = checked.titleEn();
    rncpBlockCode = checked.rncpBlockCode() == null ? null : checked.rncpBlockCode().value();
    members.clear();
    for (int i = 0; i < checked.members().size(); i++) {
      PathwayDesignCheck.Chosen chosen = checked.members().get(i);
      members.add(new PathwayEntryMember(this, i, chosen.facts(), chosen.required()));
    }
  }

  private void requireAllowed(boolean allowed, String action) {
    if (!allowed) {
      throw RuleViolationException.of("status", "error.pathway.transition", status.name(), action);
    }
  }

  private static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** For the audit trail: what a reader needs to tell two versions apart. */
  @Override
  public String toString() {
    PathwayHours hours = hours();
    return kind
        + " "
        + titleFr
        + " ("
        + university()
        + ", "
        + status
        + ", "
        + hours.requiredHours()
        + " h required, "
        + hours.allMembersHours()
        + " h in all, members "
        + members()
        + (rncpBlockCode == null ? "" : ", " + rncpBlockCode)
        + ")";
  }
}
