package fr.unicamp.enrolment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.learner.ConsentKind;
import fr.unicamp.enrolment.domain.learner.DuplicateCandidate;
import fr.unicamp.enrolment.domain.learner.DuplicateReason;
import fr.unicamp.enrolment.domain.learner.Learner;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.Learners;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearnerServiceTest {

  private final InMemoryLearners learners = new InMemoryLearners();
  private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final FixedActor actor = new FixedActor();
  private final LearnerService service = new LearnerService();

  @BeforeEach
  void wire() {
    service.learners = learners;
    service.enrolments = enrolments;
    service.audit = audit;
    service.currentActor = actor;
    ZoneId paris = ZoneId.of("Europe/Paris");
    service.clock = Clock.fixed(Learners.TODAY.atStartOfDay(paris).toInstant(), paris);
  }

  private static LearnerDetails other(String email, String ine) {
    return Learners.withIne(Learners.withEmail(Learners.julie(), email), ine);
  }

  @Test
  void registers_and_returns_the_records_that_may_be_the_same_person() {
    Learner first = service.register(Learners.ULILLE, other("julie.m@example.org", null)).learner();
    Learner second =
        service.register(Learners.ULILLE, other("jm@example.org", "1234567890A")).learner();

    LearnerRegistration third =
        service.register(Learners.ULILLE, other(" JULIE.M@example.org", "1234567890A"));

    assertThat(third.duplicates())
        .containsExactly(
            new DuplicateCandidate(first.learnerId(), Set.of(DuplicateReason.SAME_EMAIL)),
            new DuplicateCandidate(
                second.learnerId(), Set.of(DuplicateReason.SAME_INE_AND_BIRTH_DATE)));
    assertThat(service.duplicatesOf(first.learnerId()))
        .containsExactly(
            new DuplicateCandidate(
                third.learner().learnerId(), Set.of(DuplicateReason.SAME_EMAIL)));
    assertThat(audit.actions())
        .containsExactly("learner.register", "learner.register", "learner.register");
  }

  @Test
  void merges_two_records_moves_the_enrolments_and_audits_both_records_and_each_move() {
    Learner survivor =
        service.register(Learners.ULILLE, other("julie.m@example.org", null)).learner();
    Learner absorbed =
        service.register(Learners.ULILLE, other("old@example.org", "1234567890A")).learner();
    enrolments.rows.add(
        Enrolments.enrolment(
            1, 2, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED));
    audit.recorded.clear();

    MergeOutcome outcome = service.merge(survivor.learnerId(), absorbed.learnerId());

    assertThat(outcome.movedEnrolments()).containsExactly(EnrolmentId.of(1));
    assertThat(enrolments.rows.get(0).learner()).isEqualTo(survivor.learnerId());
    assertThat(survivor.details().ine()).isEqualTo("1234567890A");
    assertThat(absorbed.mergedInto()).contains(survivor.learnerId());
    assertThat(audit.actions())
        .containsExactly("learner.merge", "learner.merged-into", "enrolment.transfer");
    assertThat(audit.recorded.get(0).after()).contains("ine", "absorbed=2");
    assertThat(audit.recorded.get(2).before()).isEqualTo("learner=2");
  }

  @Test
  void a_merge_refused_for_identity_and_seat_clashes_lists_both_and_changes_nothing() {
    Learner survivor =
        service.register(Learners.ULILLE, other("julie.m@example.org", "1234567890A")).learner();
    Learner absorbed =
        service.register(Learners.ULILLE, other("old@example.org", "99999999999")).learner();
    enrolments.rows.add(
        Enrolments.enrolment(
            1, 1, 100, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED));
    enrolments.rows.add(
        Enrolments.enrolment(
            2, 2, 100, AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED));
    audit.recorded.clear();

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> service.merge(survivor.learnerId(), absorbed.learnerId()));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly(
            "error.learner.merge.ine-conflict", "error.enrolment.transfer.same-session");
    assertThat(enrolments.rows.get(1).learner()).isEqualTo(LearnerId.of(2));
    assertThat(absorbed.isMerged()).isFalse();
    assertThat(survivor.details().email()).isEqualTo("julie.m@example.org");
    assertThat(audit.recorded).isEmpty();
  }

  @Test
  void records_a_consent_with_the_business_time_and_audits_the_previous_answer() {
    Learner l = service.register(Learners.ULILLE, Learners.julie()).learner();
    service.recordConsent(l.learnerId(), ConsentKind.PUBLICATION, true);

    service.recordConsent(l.learnerId(), ConsentKind.PUBLICATION, false);

    assertThat(l.hasConsentedTo(ConsentKind.PUBLICATION)).isFalse();
    assertThat(l.consent(ConsentKind.PUBLICATION).orElseThrow().recordedAt())
        .isEqualTo(
            Learners.TODAY
                .atStartOfDay(ZoneId.of("Europe/Paris"))
                .toOffsetDateTime()
                .withOffsetSameInstant(java.time.ZoneOffset.UTC));
    assertThat(audit.actions())
        .containsExactly("learner.register", "learner.consent", "learner.consent");
    assertThat(audit.recorded.get(1).before()).isEqualTo("null");
    assertThat(audit.recorded.get(2).before()).contains("granted=true");
  }

  @Test
  void auditors_cannot_register_correct_or_merge() {
    Learner l = service.register(Learners.ULILLE, Learners.julie()).learner();
    actor.as(Role.AUDITOR);

    catchThrowableOfType(
        ForbiddenException.class, () -> service.register(Learners.ULILLE, Learners.julie()));
    catchThrowableOfType(
        ForbiddenException.class, () -> service.correct(l.learnerId(), Learners.julie()));
    catchThrowableOfType(
        ForbiddenException.class, () -> service.merge(l.learnerId(), LearnerId.of(2)));

    assertThat(learners.rows).hasSize(1);
    assertThat(audit.recorded).hasSize(1);
  }
}
