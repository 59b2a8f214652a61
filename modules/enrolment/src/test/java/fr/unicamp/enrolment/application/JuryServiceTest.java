package fr.unicamp.enrolment.application;

import static fr.unicamp.enrolment.application.FixedSessions.S100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.assessment.IdentityCheckMethod;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceSource;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.jury.JuryDecisionRecorded;
import fr.unicamp.enrolment.domain.jury.LearnerVerdict;
import fr.unicamp.enrolment.domain.jury.Verdict;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JuryServiceTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 12, 15);
  private static final List<String> MEMBERS = List.of("Pr. Durand", "Mme Leroy");

  private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  private final InMemoryRecords.Attendances attendances = new InMemoryRecords.Attendances();
  private final InMemoryRecords.Assessments assessments = new InMemoryRecords.Assessments();
  private final InMemoryRecords.Juries juries = new InMemoryRecords.Juries();
  private final RecordingEvent<JuryDecisionRecorded> events = new RecordingEvent<>();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final FixedActor actor = new FixedActor();
  private final JuryService service = new JuryService();

  @BeforeEach
  void wire() {
    service.enrolments = enrolments;
    service.attendances = attendances;
    service.assessments = assessments;
    service.juries = juries;
    service.sessions = new FixedSessions();
    service.audit = audit;
    service.currentActor = actor;
    service.decisions = events;
    service.clock = Clock.fixed(Instant.parse("2026-12-14T09:00:00Z"), ZoneId.of("Europe/Paris"));
    for (long id = 1; id <= 2; id++) {
      enrolments.rows.add(
          Enrolments.enrolment(
              id, id, 100, AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.COMPLETED));
      attendances.add(
          Attendance.restore(
              EnrolmentId.of(id), new BigDecimal("18"), AttendanceSource.TUTOR, "t", Grids.AT));
      assessments.add(
          Assessment.mark(
              EnrolmentId.of(id),
              FixedSessions.TERMS,
              Map.of("C1", List.of(2, 2), "C2", List.of(2)),
              null,
              DECIDED,
              "X",
              Grids.check(IdentityCheckMethod.ID_DOCUMENT_ON_CAMERA)));
    }
    enrolments.rows.add(
        Enrolments.enrolment(
            3, 3, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS));
    enrolments.rows.add(
        Enrolments.enrolment(
            4, 4, 100, AdministrativeStatus.CANCELLED, PedagogicalStatus.WITHDRAWN));
  }

  @Test
  void lists_every_active_enrolment_of_the_session_with_its_reasons() {
    List<Eligibility> all = service.eligibility(S100);

    assertThat(all).extracting(e -> e.enrolment().value()).containsExactly(1L, 2L, 3L);
    assertThat(all.get(0).isEligible()).isTrue();
    assertThat(all.get(2).reasons())
        .containsExactly(IneligibilityReason.NO_ATTENDANCE, IneligibilityReason.NOT_ASSESSED);
  }

  @Test
  void an_excluded_learner_becomes_ineligible_and_the_exclusion_is_audited() {
    service.exclude(S100, EnrolmentId.of(2), "Suspicion de fraude");

    assertThat(service.eligibility(S100).get(1).reasons())
        .containsExactly(IneligibilityReason.EXCLUDED);
    assertThat(audit.actions()).containsExactly("jury.exclude");
    catchThrowableOfType(
        NotFoundException.class, () -> service.exclude(SessionId.of(100), EnrolmentId.of(99), "x"));
  }

  @Test
  void a_readmitted_learner_is_eligible_again_and_both_steps_are_audited() {
    service.exclude(S100, EnrolmentId.of(2), "Suspicion de fraude");

    service.readmit(S100, EnrolmentId.of(2));

    assertThat(service.eligibility(S100).get(1).isEligible()).isTrue();
    assertThat(audit.actions()).containsExactly("jury.exclude", "jury.readmit");
    assertThat(audit.recorded.get(1).before()).isEqualTo("Suspicion de fraude");
    catchThrowableOfType(NotFoundException.class, () -> service.readmit(S100, EnrolmentId.of(2)));
  }

  @Test
  void a_decision_is_recorded_once_audited_and_published_with_the_awarded_enrolments() {
    service.decide(
        S100,
        MEMBERS,
        DECIDED,
        List.of(
            new LearnerVerdict(EnrolmentId.of(1), Verdict.AWARDED, null),
            new LearnerVerdict(EnrolmentId.of(2), Verdict.AWARDED, null)));

    assertThat(events.fired)
        .containsExactly(
            new JuryDecisionRecorded(
                Enrolments.ULILLE,
                S100,
                Grids.VERSION,
                DECIDED,
                List.of(EnrolmentId.of(1), EnrolmentId.of(2))));
    assertThat(juries.decisions.get(S100).verdicts()).hasSize(3);
    assertThat(audit.actions()).containsExactly("jury.decide");

    var again =
        catchThrowableOfType(
            ConflictException.class, () -> service.decide(S100, MEMBERS, DECIDED, List.of()));
    assertThat(again.messageKey()).isEqualTo("error.jury.already-decided");
    catchThrowableOfType(
        ConflictException.class, () -> service.exclude(S100, EnrolmentId.of(1), "x"));
    assertThat(events.fired).hasSize(1);
  }

  @Test
  void a_refused_decision_publishes_nothing_and_records_nothing() {
    catchThrowableOfType(
        RuleViolationException.class,
        () ->
            service.decide(
                S100,
                MEMBERS,
                DECIDED,
                List.of(new LearnerVerdict(EnrolmentId.of(3), Verdict.AWARDED, null))));

    assertThat(events.fired).isEmpty();
    assertThat(juries.decisions).isEmpty();
    assertThat(audit.recorded).isEmpty();
  }

  @Test
  void finance_cannot_exclude_or_decide() {
    actor.as(Role.FINANCE);

    catchThrowableOfType(
        ForbiddenException.class, () -> service.exclude(S100, EnrolmentId.of(1), "x"));
    catchThrowableOfType(
        ForbiddenException.class, () -> service.decide(S100, MEMBERS, DECIDED, List.of()));

    assertThat(juries.exclusions).isEmpty();
    assertThat(events.fired).isEmpty();
  }
}
