package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.pathway.PathwayEntryMember;

/**
 * One member of a pathway as it was added, and whether it is still in the published catalogue
 * ({@code published} false: retired since, to be replaced before the pathway changes again).
 */
public record PathwayMemberView(
    long microCertificationId,
    String code,
    String titleFr,
    String titleEn,
    String university,
    int hours,
    boolean required,
    boolean published) {

  static PathwayMemberView of(PathwayEntryMember m, boolean published) {
    return new PathwayMemberView(
        m.microCertificationId(),
        m.code(),
        m.titleFr(),
        m.titleEn(),
        m.memberUniversity().value(),
        m.hours(),
        m.required(),
        published);
  }
}
