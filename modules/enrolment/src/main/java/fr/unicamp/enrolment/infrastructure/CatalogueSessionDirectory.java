package fr.unicamp.enrolment.infrastructure;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.SessionService;
import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.session.EnrolmentWindow;
import fr.unicamp.enrolment.domain.session.SessionCapacity;
import fr.unicamp.enrolment.domain.session.SessionDirectory;
import fr.unicamp.enrolment.domain.session.SessionFacts;
import fr.unicamp.enrolment.domain.session.SessionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The catalogue's sessions as enrolment reads them, through the catalogue's services (never its
 * tables): the session's window, capacity and cancellation, and the terms of the version it runs.
 * The catalogue's tenancy applies: another university's session is absent.
 */
@ApplicationScoped
public class CatalogueSessionDirectory implements SessionDirectory {

  @Inject SessionService sessions;
  @Inject MicroCertificationService microCertifications;

  @Override
  public Optional<SessionFacts> find(SessionId id) {
    Session session;
    MicroCertification version;
    try {
      session = sessions.get(id.value());
      version = microCertifications.get(session.microCertificationId());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    var plan = session.plan();
    return Optional.of(
        new SessionFacts(
            id,
            session.university(),
            new EnrolmentWindow(plan.enrolmentOpensOn(), plan.enrolmentClosesOn()),
            new SessionCapacity(session.capacity()),
            BigDecimal.valueOf(version.hours()),
            terms(version),
            session.isCancelled()));
  }

  /**
   * A session stands on an APPROVED or PUBLISHED version, whose gate required its identity check
   * and attendance threshold; were one missing, the strictest reading applies.
   */
  private static CertificationTerms terms(MicroCertification version) {
    AnnexElements annex = version.annex();
    IdentityVerification identity =
        annex.identityVerification() == null
            ? IdentityVerification.SUPERVISED_WITH_ID_CHECK
            : annex.identityVerification();
    int threshold =
        annex.attendanceThresholdPercent() == null ? 100 : annex.attendanceThresholdPercent();
    return new CertificationTerms(
        MicroCertificationVersionId.of(version.id()), version.competencies(), identity, threshold);
  }
}
