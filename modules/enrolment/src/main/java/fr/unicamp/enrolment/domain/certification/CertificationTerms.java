package fr.unicamp.enrolment.domain.certification;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms a micro-certification version sets for its learners, as enrolment needs them: the
 * competencies with their criteria grids (and pass rules), the identity check the assessment needs,
 * and the attendance threshold in percent of the planned hours.
 */
public record CertificationTerms(
    MicroCertificationVersionId versionId,
    List<CompetencyDefinition> competencies,
    IdentityVerification identityVerification,
    int attendanceThresholdPercent) {

  public CertificationTerms {
    Objects.requireNonNull(versionId, "versionId");
    competencies = List.copyOf(competencies);
    Objects.requireNonNull(identityVerification, "identityVerification");
    if (attendanceThresholdPercent < 0 || attendanceThresholdPercent > 100) {
      throw new IllegalArgumentException(
          "a threshold is a percentage: " + attendanceThresholdPercent);
    }
  }

  public Optional<CompetencyDefinition> competency(String code) {
    return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether the assessment needs a record of who checked the candidate's identity, and how. */
  public boolean requiresIdentityCheck() {
    return identityVerification == IdentityVerification.SUPERVISED_WITH_ID_CHECK;
  }

  /** Whether the assessment must have been supervised (with or without an identity check). */
  public boolean requiresSupervision() {
    return identityVerification != IdentityVerification.UNSUPERVISED_NO_ID_CHECK;
  }
}
