package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.catalogue.domain.framework.Workload;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;

/**
 * A micro-certification as a pathway sees it: which one, whose, and how many hours it brings. The
 * university may be any of the consortium's, not only the pathway's.
 */
public record MicroCertificationRef(long id, UniversityCode university, int hours) {

  public MicroCertificationRef {
    new Rules()
        .require(id > 0, "id", "error.required")
        .require(university != null, "university", "error.required")
        .require(
            Workload.withinBand(hours),
            "hours",
            "error.hours.range",
            Workload.MIN_HOURS,
            Workload.MAX_HOURS)
        .throwIfAny();
  }
}
