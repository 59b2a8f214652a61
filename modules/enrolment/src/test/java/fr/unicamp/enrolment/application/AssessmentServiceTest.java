package fr.unicamp.enrolment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.assessment.IdentityCheckMethod;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final Map<String, List<Integer>> FAILING =
      Map.of("C1", List.of(1, 2), "C2", List.of(2));
  private static final Map<String, List<Integer>> PASSING =
      Map.of("C1", List.of(2, 2), "C2", List.of(2));

  private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  private final InMemoryRecords.Assessments assessments = new InMemoryRecords.Assessments();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final AssessmentService service = new AssessmentService();

  @BeforeEach
  void wire() {
    service.enrolments = enrolments;
    service.assessments = assessments;
    service.sessions = new FixedSessions();
    service.audit = audit;
    service.currentActor = new FixedActor();
    enrolments.rows.add(
        Enrolments.enrolment(
            1, 1, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS));
    enrolments.rows.add(
        Enrolments.enrolment(
            2, 2, 100, AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED));
  }

  @Test
  void a_second_marking_replaces_the_first_and_both_are_audited() {
    service.assess(EnrolmentId.of(1), FAILING, null, DAY, "X", null);
    Assessment second =
        service.assess(EnrolmentId.of(1), PASSING, null, DAY.plusDays(14), "X", null);

    assertThat(assessments.rows.get(EnrolmentId.of(1))).isSameAs(second);
    assertThat(second.passed()).isTrue();
    assertThat(audit.recorded).hasSize(2);
    assertThat(audit.recorded.get(1).before()).contains("passed=false");
  }

  @Test
  void an_enrolment_not_registered_cannot_be_assessed() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> service.assess(EnrolmentId.of(2), PASSING, null, DAY, "X", null));

    assertThat(error.fieldErrors().get(0).messageKey())
        .isEqualTo("error.assessment.enrolment-not-assessable");
    assertThat(assessments.rows).isEmpty();
  }

  @Test
  void the_identity_check_is_recorded_later_on_an_existing_assessment_only() {
    service.assess(EnrolmentId.of(1), PASSING, null, DAY, "X", null);

    Assessment a =
        service.recordIdentityCheck(
            EnrolmentId.of(1), Grids.check(IdentityCheckMethod.ID_DOCUMENT_IN_PERSON));

    assertThat(a.countsFor(FixedSessions.TERMS)).isTrue();
    assertThat(audit.actions()).containsExactly("assessment.mark", "assessment.identity-check");
    catchThrowableOfType(
        NotFoundException.class,
        () ->
            service.recordIdentityCheck(
                EnrolmentId.of(2), Grids.check(IdentityCheckMethod.REMOTE_PROCTORING)));
  }
}
