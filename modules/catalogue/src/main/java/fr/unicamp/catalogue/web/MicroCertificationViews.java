package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.university.University;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the REST form of micro-certifications with the awarding university's name, read from the
 * university table (the names {@code GET /api/universities} lists).
 */
@ApplicationScoped
public class MicroCertificationViews {

  @Inject Universities universities;

  public MicroCertificationView of(MicroCertification m) {
    return MicroCertificationView.of(
        m, universities.find(m.university()).map(University::name).orElse(null));
  }
}
