package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;

/** A micro-certification as a pathway's designers see it when they add it. */
public record MemberFacts(
    long id,
    UniversityCode university,
    String code,
    String titleFr,
    String titleEn,
    int hours,
    MicroCertificationStatus status) {

  public static MemberFacts of(MicroCertification m) {
    return new MemberFacts(
        m.id(), m.university(), m.code(), m.titleFr(), m.titleEn(), m.hours(), m.status());
  }

  /** Only the published catalogue may be stacked: its entries no longer change. */
  public boolean published() {
    return status == MicroCertificationStatus.PUBLISHED;
  }
}
