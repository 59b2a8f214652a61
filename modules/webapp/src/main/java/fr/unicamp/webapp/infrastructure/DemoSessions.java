package fr.unicamp.webapp.infrastructure;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.SessionService;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The demo sessions of a first start: for every PUBLISHED micro-certification then present, one
 * session that is over and one coming, whose enrolment window is open today. Dates follow today, so
 * the demo always shows both. Nothing is planned when nothing is published.
 */
@ApplicationScoped
public class DemoSessions {

  private static final int PAGE = 200;

  @Inject MicroCertificationService microCertifications;
  @Inject SessionService sessions;

  /** Runs inside the demo data's transaction, as the system. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void planForPublished() {
    LocalDate today = sessions.today();
    Long after = null;
    List<MicroCertification> page;
    do {
      page = microCertifications.list(MicroCertificationStatus.PUBLISHED, after, PAGE);
      List<MicroCertification> shown = page.subList(0, Math.min(PAGE, page.size()));
      shown.forEach(m -> planTwo(m, today));
      after = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
    } while (page.size() > PAGE);
  }

  private void planTwo(MicroCertification m, LocalDate today) {
    String lms =
        "https://moodle."
            + m.university().value().toLowerCase(Locale.ROOT)
            + ".example/course/view.php?id="
            + (1000 + m.id());
    plansFor(today, m.annex().participationForm(), lms).forEach(p -> sessions.plan(m.id(), p));
  }

  /**
   * The two plans of one micro-certification of {@code form}: one over (it started 120 days ago),
   * one starting in 30 days whose enrolment window is open today.
   */
  static List<SessionPlan> plansFor(LocalDate today, ParticipationForm form, String lms) {
    SessionModality modality = modalityOf(form);
    LocalDate pastStart = today.minusDays(120);
    LocalDate nextStart = today.plusDays(30);
    return List.of(
        new SessionPlan(
            codeOf(pastStart),
            pastStart,
            pastStart.plusDays(42),
            pastStart.minusDays(45),
            pastStart.minusDays(3),
            25,
            modality,
            List.of("Claire Dubois", "Karim Benali"),
            lms),
        new SessionPlan(
            codeOf(nextStart),
            nextStart,
            nextStart.plusDays(42),
            today.minusDays(15),
            nextStart.minusDays(5),
            30,
            modality,
            List.of("Claire Dubois"),
            lms + "&session=next"));
  }

  /** {@code 2026-09}: the year and month it starts, unique per micro-certification here. */
  private static String codeOf(LocalDate start) {
    return String.format("%d-%02d", start.getYear(), start.getMonthValue());
  }

  private static SessionModality modalityOf(ParticipationForm form) {
    return form == null ? SessionModality.ONLINE_ASYNCHRONOUS : SessionModality.of(form).get(0);
  }
}
