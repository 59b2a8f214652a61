package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.university.UniversityCode;
import java.util.Collections;
import java.util.List;

/**
 * What designers say a pathway is: its awarding university, kind, titles, RNCP block code (a bloc
 * only) and members. The kind and the code arrive as typed, so that a wrong one is reported on its
 * field together with every other broken rule.
 */
public record PathwayDesign(
    UniversityCode awardingUniversity,
    String kind,
    String titleFr,
    String titleEn,
    String rncpBlockCode,
    List<MemberChoice> members) {

  public PathwayDesign {
    members = members == null ? List.of() : Collections.unmodifiableList(members);
  }
}
