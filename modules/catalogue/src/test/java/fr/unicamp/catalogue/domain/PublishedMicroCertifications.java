package fr.unicamp.catalogue.domain;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Micro-certifications taken through the whole workflow to PUBLISHED, for tests of other packages
 * (pathways stack only published entries).
 */
public final class PublishedMicroCertifications {

  private PublishedMicroCertifications() {}

  public static MicroCertification published(
      UniversityCode university, String code, int hours, Clock clock) {
    MicroCertification m = MicroCertification.draft(university, code, "Titre " + code, null, hours);
    m.describe(MicroCertificationAnnexTest.complete());
    m.defineCompetencies(List.of(MicroCertificationCompetenciesAndPlanTest.competency("C1")));
    m.planSustainability(MicroCertificationCompetenciesAndPlanTest.plan());
    m.submitForReview(clock);
    LocalDate today = LocalDate.now(clock);
    m.approve(
        new AcademicReview("Pr. Martin", today, ReviewVerdict.FAVOURABLE, "Avis favorable"), clock);
    m.publish(today, clock);
    return m;
  }
}
