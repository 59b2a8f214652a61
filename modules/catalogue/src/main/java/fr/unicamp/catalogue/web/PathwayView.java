package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.RncpBlockCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The REST form of a pathway. Lists leave {@code members} out (null, so absent from the JSON); one
 * pathway read by id carries them.
 */
public record PathwayView(
    long id,
    String university,
    String kind,
    String titleFr,
    String titleEn,
    String rncpBlockCode,
    String status,
    PathwayHoursView hours,
    int memberCount,
    List<PathwayMemberView> members,
    Instant createdAt,
    Instant activatedAt,
    Instant closedAt) {

  static PathwayView summary(PathwayEntry p) {
    return of(p, null);
  }

  static PathwayView detail(PathwayEntry p, Set<Long> stillPublished) {
    return of(
        p,
        p.members().stream()
            .map(m -> PathwayMemberView.of(m, stillPublished.contains(m.microCertificationId())))
            .toList());
  }

  private static PathwayView of(PathwayEntry p, List<PathwayMemberView> members) {
    return new PathwayView(
        p.id(),
        p.university().value(),
        p.kind().name(),
        p.titleFr(),
        p.titleEn(),
        p.rncpBlockCode().map(RncpBlockCode::value).orElse(null),
        p.status().name(),
        PathwayHoursView.of(p.hours()),
        p.members().size(),
        members,
        p.createdAt().toInstant(),
        p.activatedAt().map(OffsetDateTime::toInstant).orElse(null),
        p.closedAt().map(OffsetDateTime::toInstant).orElse(null));
  }
}
