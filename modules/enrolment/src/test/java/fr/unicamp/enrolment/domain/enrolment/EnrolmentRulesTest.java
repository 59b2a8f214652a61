package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.Enrolments.ENROLLED_ON;
import static fr.unicamp.enrolment.domain.enrolment.Enrolments.enrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules that link the two machines, and what each transition records. */
class EnrolmentRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  static Stream<Arguments> progressByAdministrativeStatus() {
    return Arrays.stream(AdministrativeStatus.values())
        .flatMap(
            s ->
                Stream.of(
                        PedagogicalAction.START, PedagogicalAction.COMPLETE, PedagogicalAction.FAIL)
                    .map(a -> Arguments.of(s, a)));
  }

  @ParameterizedTest(name = "{1} with administrative {0}")
  @MethodSource("progressByAdministrativeStatus")
  void progress_needs_a_valid_administrative_registration(
      AdministrativeStatus administrative, PedagogicalAction action) {
    PedagogicalStatus from =
        action == PedagogicalAction.START
            ? PedagogicalStatus.ENROLLED
            : PedagogicalStatus.IN_PROGRESS;
    Enrolment e = enrolment(administrative, from);
    boolean valid =
        administrative == AdministrativeStatus.REGISTERED
            || administrative == AdministrativeStatus.SENT_TO_SIS
            || administrative == AdministrativeStatus.CONFIRMED_BY_SIS;

    RuleViolationException error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> {
              switch (action) {
                case START -> e.start(DAY);
                case COMPLETE -> e.complete(DAY);
                default -> e.fail(DAY);
              }
            });

    assertThat(e.canProgress()).isEqualTo(valid);
    if (valid) {
      assertThat(error).isNull();
      assertThat(e.pedagogical().status()).isEqualTo(action.to());
    } else {
      assertThat(error.fieldErrors())
          .containsExactly(
              FieldError.of(
                  "administrativeStatus",
                  "error.enrolment.not-registered",
                  administrative.name(),
                  action.name()));
      assertThat(e.pedagogical().status()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AdministrativeStatus.class,
      names = {"PENDING_PAYMENT", "REJECTED_BY_SIS", "CANCELLED"})
  void a_drop_out_is_recorded_whatever_the_administrative_status(AdministrativeStatus status) {
    Enrolment e = enrolment(status, PedagogicalStatus.ENROLLED);

    e.withdraw(WithdrawalCause.FINANCIAL, null, DAY);

    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.WITHDRAWN);
  }

  @ParameterizedTest
  @EnumSource(
      value = AdministrativeStatus.class,
      names = {"REJECTED_BY_SIS", "CANCELLED"})
  void a_final_enrolment_cannot_be_cancelled_and_keeps_its_course(AdministrativeStatus status) {
    Enrolment e = enrolment(status, PedagogicalStatus.IN_PROGRESS);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> e.cancel("Motif", WithdrawalCause.UNKNOWN, DAY, WithdrawalPeriod.DEFAULT));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of(
                "administrativeStatus",
                "error.enrolment.administrative.transition",
                status.name(),
                "CANCEL"));
    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.IN_PROGRESS);
    assertThat(e.administrative()).isEqualTo(Enrolments.administrative(status));
  }

  @Test
  void a_cancellation_on_the_last_day_of_the_period_is_a_withdrawal_and_the_next_day_is_not() {
    Enrolment inside = enrolment(AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);
    Enrolment after = enrolment(AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);

    inside.cancel(
        "Rétractation",
        WithdrawalCause.PERSONAL,
        ENROLLED_ON.plusDays(14),
        WithdrawalPeriod.DEFAULT);
    after.cancel(
        "Trop tard", WithdrawalCause.PERSONAL, ENROLLED_ON.plusDays(15), WithdrawalPeriod.DEFAULT);

    assertThat(inside.administrative().cancellation())
        .isEqualTo(
            new Cancellation(
                CancellationKind.WITHDRAWAL, "Rétractation", ENROLLED_ON.plusDays(14)));
    assertThat(after.administrative().cancellation().kind())
        .isEqualTo(CancellationKind.CANCELLATION);
  }

  @Test
  void the_withdrawal_period_is_configurable() {
    Enrolment e = enrolment(AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED);

    e.cancel(
        "Rétractation",
        WithdrawalCause.PERSONAL,
        ENROLLED_ON.plusDays(20),
        new WithdrawalPeriod(30));

    assertThat(e.administrative().cancellation().isWithdrawal()).isTrue();
  }

  @Test
  void cancelling_withdraws_an_open_course_with_the_cause_and_frees_the_seat() {
    Enrolment e = enrolment(AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.IN_PROGRESS);
    assertThat(e.isActive()).isTrue();

    e.cancel(
        "Mutation professionnelle", WithdrawalCause.PROFESSIONAL, DAY, WithdrawalPeriod.DEFAULT);

    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.CANCELLED);
    assertThat(e.administrative().studentNumber()).isEqualTo(StudentNumber.of("21901234"));
    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.WITHDRAWN);
    assertThat(e.pedagogical().withdrawalCause()).isEqualTo(WithdrawalCause.PROFESSIONAL);
    assertThat(e.pedagogical().endedOn()).isEqualTo(DAY);
    assertThat(e.isActive()).isFalse();
  }

  @Test
  void cancelling_after_the_course_ended_keeps_its_result_and_needs_no_cause() {
    Enrolment e = enrolment(AdministrativeStatus.REGISTERED, PedagogicalStatus.COMPLETED);

    e.cancel("Remboursement commercial", null, DAY, WithdrawalPeriod.DEFAULT);

    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.COMPLETED);
    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.CANCELLED);
  }

  @Test
  void a_cancellation_needs_reason_cause_and_a_date_not_before_the_enrolment_and_changes_nothing() {
    Enrolment e = enrolment(AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> e.cancel(" ", null, ENROLLED_ON.minusDays(1), WithdrawalPeriod.DEFAULT));
    var noReason =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> e.cancel(null, WithdrawalCause.UNKNOWN, DAY, WithdrawalPeriod.DEFAULT));

    assertThat(error.fieldErrors())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly(
            "on:error.enrolment.date-before-enrolment", "withdrawalCause:error.required");
    assertThat(noReason.fieldErrors())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly("reason:error.enrolment.reason-required");
    assertThat(e.administrative().status()).isEqualTo(AdministrativeStatus.REGISTERED);
    assertThat(e.pedagogical().status()).isEqualTo(PedagogicalStatus.ENROLLED);
  }

  @Test
  void the_sis_confirmation_needs_a_student_number_and_the_rejection_a_reason() {
    AdministrativeEnrolment sent = Enrolments.administrative(AdministrativeStatus.SENT_TO_SIS);

    assertThat(keys(() -> sent.confirmBySis(" "))).containsExactly("studentNumber:error.required");
    assertThat(keys(() -> sent.confirmBySis("12 34")))
        .containsExactly("studentNumber:error.enrolment.student-number.format");
    assertThat(keys(() -> sent.rejectBySis(null)))
        .containsExactly("reason:error.enrolment.reason-required");
    assertThat(keys(() -> sent.rejectBySis("x".repeat(1001))))
        .containsExactly("reason:error.text.too-long");
    assertThat(sent.confirmBySis(" 000104521 ").studentNumber().value()).isEqualTo("000104521");
    assertThat(sent.rejectBySis(" INE inconnu ").rejectionReason()).isEqualTo("INE inconnu");
  }

  @Test
  void an_enrolment_is_active_until_cancelled_rejected_or_withdrawn() {
    assertThat(
            enrolment(AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.ENROLLED).isActive())
        .isTrue();
    assertThat(
            enrolment(AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.COMPLETED)
                .isActive())
        .isTrue();
    assertThat(
            enrolment(AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.FAILED).isActive())
        .isTrue();
    assertThat(
            enrolment(AdministrativeStatus.REJECTED_BY_SIS, PedagogicalStatus.ENROLLED).isActive())
        .isFalse();
    assertThat(enrolment(AdministrativeStatus.CANCELLED, PedagogicalStatus.ENROLLED).isActive())
        .isFalse();
    assertThat(enrolment(AdministrativeStatus.REGISTERED, PedagogicalStatus.WITHDRAWN).isActive())
        .isFalse();
  }

  private static java.util.List<String> keys(Runnable action) {
    return catchThrowableOfType(RuleViolationException.class, action::run).fieldErrors().stream()
        .map(f -> f.field() + ":" + f.messageKey())
        .toList();
  }
}
