package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A two-competency grid and terms around it, for assessment and jury tests. */
public final class Grids {

  public static final MicroCertificationVersionId VERSION = MicroCertificationVersionId.of(7);
  public static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  public static final CompetencyDefinition C1 =
      new CompetencyDefinition(
          "C1",
          "Concevoir",
          null,
          List.of("Concevoir une évaluation"),
          List.of("Pertinence", "Cohérence"),
          List.of("Insuffisant", "Acquis", "Maîtrisé"),
          2);

  public static final CompetencyDefinition C2 =
      new CompetencyDefinition(
          "C2",
          "Évaluer",
          null,
          List.of("Évaluer par compétences"),
          List.of("Justesse"),
          List.of("Non acquis", "Acquis"),
          2);

  private Grids() {}

  public static CertificationTerms terms(IdentityVerification level) {
    return new CertificationTerms(VERSION, List.of(C1, C2), level, 80);
  }

  public static IdentityCheck check(IdentityCheckMethod method) {
    return new IdentityCheck(method, "M. Examinateur", AT, "PROCTOR-2026-0042");
  }
}
