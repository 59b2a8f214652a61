package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.pathway.MemberChoice;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.List;

/**
 * The JSON body of {@code POST} and {@code PUT /api/catalogue/pathways}: {@code university} (the
 * awarding one; read on creation only), {@code kind} ({@code BLOC}, {@code DIU}, {@code DN}),
 * {@code titleFr}, {@code titleEn}, {@code rncpBlockCode} (a bloc only) and {@code members}, each
 * {@code {microCertificationId, required}} (required unless {@code false}).
 */
public record PathwayRequest(
    String university,
    String kind,
    String titleFr,
    String titleEn,
    String rncpBlockCode,
    List<Member> members) {

  /** One member of the body. */
  public record Member(Long microCertificationId, Boolean required) {}

  PathwayDesign toDesign(UniversityCode awardingUniversity) {
    List<MemberChoice> choices =
        members == null
            ? List.of()
            : members.stream()
                .map(
                    m ->
                        m == null ? null : new MemberChoice(m.microCertificationId(), m.required()))
                .toList();
    return new PathwayDesign(awardingUniversity, kind, titleFr, titleEn, rncpBlockCode, choices);
  }
}
