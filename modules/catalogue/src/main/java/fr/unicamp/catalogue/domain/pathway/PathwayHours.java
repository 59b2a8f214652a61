package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.error.Rules;
import java.util.List;
import java.util.Objects;

/**
 * A pathway's hours against its band. The check is deliberately simple: the required members must
 * not already exceed the band's maximum, and all members together must reach its minimum. These are
 * necessary conditions for some choice of optional members to land inside the band, not a proof
 * that one does (optional members of 30 h may jump over a narrow gap); the pathway's designers
 * choose the actual combinations.
 */
public record PathwayHours(int requiredHours, int allMembersHours, PathwayKind kind) {

  public static PathwayHours of(PathwayKind kind, List<PathwayMember> members) {
    List<PathwayMember> known = members.stream().filter(Objects::nonNull).toList();
    int required = known.stream().filter(PathwayMember::required).mapToInt(m -> m.hours()).sum();
    int all = known.stream().mapToInt(m -> m.hours()).sum();
    return new PathwayHours(required, all, kind);
  }

  public boolean requiredWithinMax() {
    return requiredHours <= kind.maxHours();
  }

  public boolean allMembersReachMin() {
    return allMembersHours >= kind.minHours();
  }

  public boolean fitsBand() {
    return requiredWithinMax() && allMembersReachMin();
  }

  /** Adds the band's two rules to {@code rules}, on the field {@code members}. */
  public Rules requireBand(Rules rules) {
    return rules
        .require(
            requiredWithinMax(),
            "members",
            "error.pathway.hours-band.max",
            requiredHours,
            kind.name(),
            kind.maxHours())
        .require(
            allMembersReachMin(),
            "members",
            "error.pathway.hours-band.min",
            allMembersHours,
            kind.name(),
            kind.minHours());
  }
}
