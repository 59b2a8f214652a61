package fr.unicamp.catalogue.domain.workflow;

import static fr.unicamp.common.domain.money.Money.eur;

import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Complete facts and workflows reached the way users reach them, shared by the tests. */
final class Fixtures {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
  static final AcademicReview REVIEW =
      new AcademicReview(
          "Prof. Martin", TODAY.minusDays(3), ReviewVerdict.FAVOURABLE, "Avis favorable");
  static final PublicationFacts CFVU_INFORMED = new PublicationFacts(TODAY.minusDays(1), TODAY);

  private Fixtures() {}

  static GateFacts completeFacts() {
    return GateFacts.builder()
        .hours(18)
        .titleFr("Analyser des données avec Python")
        .issuerCountry("FR")
        .awardingBody("Université de Lille")
        .learningOutcomes(List.of("Nettoyer un jeu de données", "Produire un graphique"))
        .ects(new BigDecimal("0.75"))
        .eqfLevel(6)
        .assessmentType("AUTHENTIC_TASK")
        .participationForm("ONLINE")
        .qualityAssurance("QUALIOPI")
        .competencies(List.of(new CompetencyFacts("Préparer les données", 3, 4, true)))
        .identityVerification("SUPERVISED_ONLINE_WITH_ID_CHECK")
        .attendanceThresholdPercent(new BigDecimal("80"))
        .sustainabilityPlan(plan())
        .build();
  }

  static SustainabilityPlan plan() {
    return new SustainabilityPlan(
        new DesignCosts(new BigDecimal("40"), eur("50.00"), eur("3000.00")),
        new SessionCosts(new BigDecimal("20"), eur("45.00"), eur("0")),
        new LearnerCosts(eur("10.00"), eur("15.00"), eur("5.00")),
        new Pricing(eur("300.00"), new BigDecimal("20"), new BigDecimal("10")),
        new Horizon(4, 12));
  }

  /** A workflow in {@code status}, reached through the actions users take. */
  static CatalogueWorkflow workflowIn(MicroCertificationStatus status) {
    CatalogueWorkflow draft = CatalogueWorkflow.draft();
    return switch (status) {
      case DRAFT -> draft;
      case IN_REVIEW -> draft.submitForReview(completeFacts());
      case APPROVED -> workflowIn(MicroCertificationStatus.IN_REVIEW).approve(REVIEW);
      case PUBLISHED -> workflowIn(MicroCertificationStatus.APPROVED).publish(CFVU_INFORMED);
      case RETIRED -> workflowIn(MicroCertificationStatus.PUBLISHED).retire("Programme refondu");
    };
  }
}
