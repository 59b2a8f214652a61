package fr.unicamp.enrolment.application;

import static fr.unicamp.enrolment.application.FixedSessions.S100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceSource;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.Learners;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttendanceServiceTest {

  private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  private final InMemoryLearners learners = new InMemoryLearners();
  private final InMemoryRecords.Attendances attendances = new InMemoryRecords.Attendances();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final AttendanceService service = new AttendanceService();

  @BeforeEach
  void wire() {
    service.enrolments = enrolments;
    service.learners = learners;
    service.attendances = attendances;
    service.sessions = new FixedSessions();
    service.audit = audit;
    service.currentActor = new FixedActor();
    service.clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    String[] emails = {"a@example.org", "b@example.org", "c@example.org"};
    for (int i = 0; i < emails.length; i++) {
      learners.add(
          Learner.register(
              Learners.ULILLE, Learners.withEmail(Learners.julie(), emails[i]), Learners.TODAY));
    }
    enrolments.rows.add(
        Enrolments.enrolment(
            1, 1, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS));
    enrolments.rows.add(
        Enrolments.enrolment(
            2, 2, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS));
    enrolments.rows.add(
        Enrolments.enrolment(
            3, 3, 100, AdministrativeStatus.CANCELLED, PedagogicalStatus.WITHDRAWN));
  }

  private int importing(String text) {
    return service.importLms(S100, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void a_tutor_records_a_total_and_the_audit_keeps_the_previous_one() {
    service.record(EnrolmentId.of(1), new BigDecimal("4"));
    Attendance a = service.record(EnrolmentId.of(1), new BigDecimal("9.5"));

    assertThat(a.hoursRealised()).isEqualByComparingTo("9.5");
    assertThat(a.source()).isEqualTo(AttendanceSource.TUTOR);
    assertThat(a.recordedBy()).isEqualTo("staff.ulille");
    assertThat(audit.recorded)
        .extracting(c -> c.before() + "->" + c.after())
        .containsExactly("null->4.00", "4.00->9.50");
  }

  @Test
  void imports_a_good_file_for_the_sessions_active_learners() {
    int written = importing("email;heures_realisees\na@example.org;16\nB@example.org;12,5\n");

    assertThat(written).isEqualTo(2);
    assertThat(attendances.rows.get(EnrolmentId.of(2)).hoursRealised())
        .isEqualByComparingTo("12.5");
    assertThat(attendances.rows.get(EnrolmentId.of(2)).source())
        .isEqualTo(AttendanceSource.LMS_IMPORT);
    assertThat(audit.actions()).containsExactly("attendance.import", "attendance.import");
  }

  @Test
  void a_file_with_one_bad_line_changes_nothing_and_a_cancelled_learner_is_unknown() {
    service.record(EnrolmentId.of(1), new BigDecimal("4"));
    audit.recorded.clear();

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                importing(
                    "email;heures_realisees\na@example.org;16\nc@example.org;3\nb@example.org;-1\n"));

    assertThat(error.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "line[3].email:error.attendance.import.unknown-learner",
            "line[4].heures_realisees:error.attendance.hours.negative");
    assertThat(attendances.rows.get(EnrolmentId.of(1)).hoursRealised()).isEqualByComparingTo("4");
    assertThat(attendances.rows).containsOnlyKeys(EnrolmentId.of(1));
    assertThat(audit.recorded).isEmpty();
  }
}
