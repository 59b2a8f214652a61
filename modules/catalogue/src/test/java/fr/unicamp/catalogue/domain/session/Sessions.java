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
    return like(plan()).dates(start, end, opens, closes).capacity(capacity).build();
  }

  /** A plan like {@code p} but for the parts a test sets. */
  static PlanBuilder like(SessionPlan p) {
    return new PlanBuilder(p);
  }

  static final class PlanBuilder {
    private String code;
    private LocalDate start;
    private LocalDate end;
    private LocalDate opens;
    private LocalDate closes;
    private Integer capacity;
    private SessionModality modality;
    private List<String> tutors;
    private String lms;

    private PlanBuilder(SessionPlan p) {
      code = p.code();
      start = p.startsOn();
      end = p.endsOn();
      opens = p.enrolmentOpensOn();
      closes = p.enrolmentClosesOn();
      capacity = p.capacity();
      modality = p.modality();
      tutors = p.tutors();
      lms = p.lmsCourse();
    }

    PlanBuilder code(String value) {
      code = value;
      return this;
    }

    PlanBuilder dates(LocalDate startsOn, LocalDate endsOn, LocalDate opensOn, LocalDate closesOn) {
      start = startsOn;
      end = endsOn;
      opens = opensOn;
      closes = closesOn;
      return this;
    }

    PlanBuilder capacity(Integer value) {
      capacity = value;
      return this;
    }

    PlanBuilder modality(SessionModality value) {
      modality = value;
      return this;
    }

    PlanBuilder tutors(List<String> value) {
      tutors = value;
      return this;
    }

    PlanBuilder lms(String value) {
      lms = value;
      return this;
    }

    SessionPlan build() {
      return new SessionPlan(code, start, end, opens, closes, capacity, modality, tutors, lms);
    }
  }

  static Session planned() {
    return Session.plan(PUBLISHED_ONLINE, plan());
  }
}
