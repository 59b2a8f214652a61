package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import java.io.Serializable;

/** One line of the catalogue list. */
public record CatalogueRow(
    long id,
    String code,
    String title,
    String university,
    int hours,
    Integer eqfLevel,
    String status)
    implements Serializable {

  static CatalogueRow of(MicroCertification m, boolean english) {
    String title = english && m.titleEn() != null ? m.titleEn() : m.titleFr();
    return new CatalogueRow(
        m.id(),
        m.code(),
        title,
        m.university().value(),
        m.hours(),
        m.annex().eqfLevel(),
        m.status().name());
  }
}
