package fr.unicamp.catalogue.domain.session;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;
import java.util.List;

/** Test data: a published online version and a valid plan around a known calendar. */
final class Sessions {

  private Sessions() {}

  static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final LocalDate END = LocalDate.of(2026, 4, 24);
  static final LocalDate OPENS = LocalDate.of(2026, 1, 5);
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 13);

  static CertificationVersion version(MicroCertificationStatus status, ParticipationForm form) {
    return new CertificationVersion(42L, ULILLE, status, form);
  }

  static final CertificationVersion PUBLISHED_ONLINE =
      version(MicroCertificationStatus.PUBLISHED, ParticipationForm.ONLINE);

  static SessionPlan plan() {
    return new SessionPlan(
        "2026-S1",
        START,
        END,
        OPENS,
        CLOSES,
        25,
        SessionModality.ONLINE_SYNCHRONOUS,
        List.of("Claire Dubois", "Karim Benali"),
        "https://moodle.univ-lille.fr/course/view.php?id=1234");
  }

  static SessionPlan plan(
      LocalDate start, LocalDate end, LocalDate opens, LocalDate closes, Integer capacity) {
    SessionPlan p = plan();
    return new SessionPlan(
        p.code(), start, end, opens, closes, capacity, p.modality(), p.tutors(), p.lmsCourse());
  }

  static Session planned() {
    return Session.plan(PUBLISHED_ONLINE, plan());
  }
}
