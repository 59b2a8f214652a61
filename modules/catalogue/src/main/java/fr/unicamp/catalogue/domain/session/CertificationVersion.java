package fr.unicamp.catalogue.domain.session;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a session needs to know of the micro-certification version it runs: its row id, its
 * university, its status and its form of participation (null while it is not described).
 */
public record CertificationVersion(
    long id,
    UniversityCode university,
    MicroCertificationStatus status,
    ParticipationForm participationForm) {

  /** Drafts, entries in review and retired ones get no new session. */
  public static final Set<MicroCertificationStatus> PLANNABLE =
      EnumSet.of(MicroCertificationStatus.APPROVED, MicroCertificationStatus.PUBLISHED);

  public CertificationVersion {
    Objects.requireNonNull(university, "university");
    Objects.requireNonNull(status, "status");
  }

  public static CertificationVersion of(MicroCertification m) {
    return new CertificationVersion(
        m.id(), m.university(), m.status(), m.annex().participationForm());
  }

  public boolean acceptsNewSessions() {
    return PLANNABLE.contains(status);
  }
}
