package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;

/** The REST form of a micro-certification. */
public record MicroCertificationView(
    long id,
    String university,
    String code,
    String titleFr,
    String titleEn,
    int hours,
    String status) {

  static MicroCertificationView of(MicroCertification m) {
    return new MicroCertificationView(
        m.id(),
        m.university().value(),
        m.code(),
        m.titleFr(),
        m.titleEn(),
        m.hours(),
        m.status().name());
  }
}
