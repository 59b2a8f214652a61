package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pathway (a stack): one university awards a bloc de compétences, a DIU or a national diploma to
 * learners who complete its member micro-certifications, required or chosen, possibly produced by
 * other universities of the consortium. Its members must fit the kind's hour band (see {@link
 * PathwayHours}) and appear once each; only a bloc may carry an RNCP block code. A pathway is valid
 * once defined: every broken rule is reported at once, and changing the members gives a new pathway
 * checked the same way.
 */
public final class Pathway {

  private final UniversityCode awardingUniversity;
  private final PathwayKind kind;
  private final String title;
  private final RncpBlockCode rncpBlockCode;
  private final List<PathwayMember> members;

  private Pathway(
      UniversityCode awardingUniversity,
      PathwayKind kind,
      String title,
      RncpBlockCode rncpBlockCode,
      List<PathwayMember> members) {
    this.awardingUniversity = awardingUniversity;
    this.kind = kind;
    this.title = title;
    this.rncpBlockCode = rncpBlockCode;
    this.members = members;
  }

  /** Defines a pathway; {@code rncpBlockCode} may be null. */
  public static Pathway define(
      UniversityCode awardingUniversity,
      PathwayKind kind,
      String title,
      RncpBlockCode rncpBlockCode,
      List<PathwayMember> members) {
    List<PathwayMember> list = members == null ? List.of() : new ArrayList<>(members);
    Rules rules =
        new Rules()
            .require(awardingUniversity != null, "awardingUniversity", "error.required")
            .require(kind != null, "kind", "error.required")
            .require(title != null && !title.isBlank(), "title", "error.required")
            .require(
                rncpBlockCode == null || kind == null || kind.allowsRncpBlockCode(),
                "rncpBlockCode",
                "error.pathway.rncp-block-code.kind",
                String.valueOf(kind));
    checkMembers(list, rules);
    if (kind != null) {
      checkHours(PathwayHours.of(kind, list), rules);
    }
    rules.throwIfAny();
    return new Pathway(awardingUniversity, kind, title.strip(), rncpBlockCode, List.copyOf(list));
  }

  public Pathway withMember(PathwayMember member) {
    List<PathwayMember> more = new ArrayList<>(members);
    more.add(member);
    return define(awardingUniversity, kind, title, rncpBlockCode, more);
  }

  public Pathway withoutMember(long microCertificationId) {
    List<PathwayMember> fewer =
        members.stream().filter(m -> m.microCertification().id() != microCertificationId).toList();
    return define(awardingUniversity, kind, title, rncpBlockCode, fewer);
  }

  public PathwayHours hours() {
    return PathwayHours.of(kind, members);
  }

  public UniversityCode awardingUniversity() {
    return awardingUniversity;
  }

  public PathwayKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public Optional<RncpBlockCode> rncpBlockCode() {
    return Optional.ofNullable(rncpBlockCode);
  }

  public List<PathwayMember> members() {
    return members;
  }

  private static void checkMembers(List<PathwayMember> members, Rules rules) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      PathwayMember m = members.get(i);
      boolean present = m != null && m.microCertification() != null;
      rules.require(present, "members[" + i + "]", "error.required");
      if (present) {
        long id = m.microCertification().id();
        rules.require(seen.add(id), "members[" + i + "]", "error.pathway.duplicate-member", id);
      }
    }
  }

  /** The band rules: see {@link PathwayHours} for why these two and what they do not promise. */
  private static void checkHours(PathwayHours hours, Rules rules) {
    hours.requireBand(rules);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pathway p
        && Objects.equals(awardingUniversity, p.awardingUniversity)
        && kind == p.kind
        && title.equals(p.title)
        && Objects.equals(rncpBlockCode, p.rncpBlockCode)
        && members.equals(p.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(awardingUniversity, kind, title, rncpBlockCode, members);
  }

  @Override
  public String toString() {
    return kind + " " + title + " (" + awardingUniversity + ", " + members.size() + " members)";
  }
}
