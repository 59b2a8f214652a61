package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.workflow.CompetencyFacts;
import fr.unicamp.catalogue.domain.workflow.GateFacts;
import java.math.BigDecimal;

/** Reads what the publish gate needs from a micro-certification, so the entity stays a store. */
final class PublishGateFacts {

  private PublishGateFacts() {}

  /** The facts of {@code m} as they are now; the awarding body is its university. */
  static GateFacts of(MicroCertification m) {
    AnnexElements a = m.annex();
    return GateFacts.builder()
        .hours(m.hours())
        .titleFr(m.titleFr())
        .issuerCountry(a.issuerCountry())
        .awardingBody(m.university().value())
        .learningOutcomes(a.learningOutcomesFr())
        .ects(a.ects())
        .eqfLevel(a.eqfLevel())
        .assessmentType(nameOf(a.assessmentType()))
        .participationForm(nameOf(a.participationForm()))
        .qualityAssurance(nameOf(a.qualityAssurance()))
        .competencies(m.competencies().stream().map(PublishGateFacts::factsOf).toList())
        .identityVerification(nameOf(a.identityVerification()))
        .attendanceThresholdPercent(
            a.attendanceThresholdPercent() == null
                ? null
                : BigDecimal.valueOf(a.attendanceThresholdPercent()))
        .sustainabilityPlan(m.sustainabilityPlan().orElse(null))
        .build();
  }

  private static CompetencyFacts factsOf(CompetencyDefinition c) {
    return new CompetencyFacts(
        c.code(), c.criteria().size(), c.levels().size(), c.passLevel() != null);
  }

  private static String nameOf(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
