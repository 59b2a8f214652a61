package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.PedagogicalAction.COMPLETE;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalAction.FAIL;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalAction.START;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalAction.WITHDRAW;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.COMPLETED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.ENROLLED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.FAILED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.IN_PROGRESS;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every status × action pair of the pedagogical enrolment (5 allowed, 15 forbidden), on an
 * enrolment whose administrative part is REGISTERED so that only the pedagogical table decides.
 */
class PedagogicalTransitionsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  private static final Map<PedagogicalStatus, Map<PedagogicalAction, PedagogicalStatus>> ALLOWED =
      Map.of(
          ENROLLED, Map.of(START, IN_PROGRESS, WITHDRAW, WITHDRAWN),
          IN_PROGRESS, Map.of(COMPLETE, COMPLETED, FAIL, FAILED, WITHDRAW, WITHDRAWN),
          COMPLETED, Map.of(),
          FAILED, Map.of(),
          WITHDRAWN, Map.of());

  @Test
  void the_table_covers_every_status_with_five_transitions() {
    assertThat(ALLOWED).containsOnlyKeys(PedagogicalStatus.values());
    assertThat(allowed()).hasSize(5);
    assertThat(forbidden()).hasSize(15);
  }

  static Stream<Arguments> allowed() {
    return pairs().filter(a -> isAllowed(a.get()));
  }

  static Stream<Arguments> forbidden() {
    return pairs().filter(a -> !isAllowed(a.get()));
  }

  @ParameterizedTest(name = "{0} --{1}--> allowed")
  @MethodSource("allowed")
  void takes_an_allowed_action_to_its_next_status(
      PedagogicalStatus from, PedagogicalAction action) {
    Enrolment e = Enrolments.enrolment(AdministrativeStatus.REGISTERED, from);
    boolean guarded = guard(action, e.pedagogical());

    perform(action, e);

    assertThat(e.pedagogical().status()).isEqualTo(ALLOWED.get(from).get(action));
    assertThat(action.to()).isEqualTo(e.pedagogical().status());
    assertThat(guarded).isTrue();
    assertThat(e.pedagogical().endedOn()).isEqualTo(action == START ? null : DAY);
  }

  @ParameterizedTest(name = "{0} --{1}--> forbidden")
  @MethodSource("forbidden")
  void refuses_a_forbidden_action_naming_status_and_action(
      PedagogicalStatus from, PedagogicalAction action) {
    Enrolment e = Enrolments.enrolment(AdministrativeStatus.REGISTERED, from);

    var error = catchThrowableOfType(RuleViolationException.class, () -> perform(action, e));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of(
                "pedagogicalStatus",
                "error.enrolment.pedagogical.transition",
                from.name(),
                action.name()));
    assertThat(guard(action, e.pedagogical())).isFalse();
    assertThat(e.pedagogical()).isEqualTo(Enrolments.pedagogical(from));
  }

  @Test
  void a_withdrawal_records_its_coded_cause_and_comment() {
    Enrolment e = Enrolments.enrolment(AdministrativeStatus.REGISTERED, IN_PROGRESS);

    e.withdraw(WithdrawalCause.HEALTH, "  Hospitalisation ", DAY);

    assertThat(e.pedagogical().withdrawalCause()).isEqualTo(WithdrawalCause.HEALTH);
    assertThat(e.pedagogical().withdrawalComment()).isEqualTo("Hospitalisation");
    assertThat(e.isActive()).isFalse();
  }

  @Test
  void a_withdrawal_needs_a_cause_and_a_date_not_before_the_start() {
    Enrolment e = Enrolments.enrolment(AdministrativeStatus.REGISTERED, IN_PROGRESS);
    LocalDate beforeStart = e.pedagogical().startedOn().minusDays(1);

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> e.withdraw(null, null, beforeStart));

    assertThat(error.fieldErrors())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly("on:error.enrolment.date-before-start", "withdrawalCause:error.required");
    assertThat(e.pedagogical().status()).isEqualTo(IN_PROGRESS);
  }

  @Test
  void the_six_qualiopi_drop_out_causes_are_coded() {
    assertThat(Arrays.stream(WithdrawalCause.values()).map(Enum::name))
        .containsExactly(
            "PERSONAL", "PROFESSIONAL", "PEDAGOGICAL", "FINANCIAL", "HEALTH", "UNKNOWN");
  }

  private static void perform(PedagogicalAction action, Enrolment e) {
    switch (action) {
      case START -> e.start(DAY);
      case COMPLETE -> e.complete(DAY);
      case FAIL -> e.fail(DAY);
      case WITHDRAW -> e.withdraw(WithdrawalCause.PROFESSIONAL, null, DAY);
    }
  }

  private static boolean guard(PedagogicalAction action, PedagogicalEnrolment p) {
    return switch (action) {
      case START -> p.canStart();
      case COMPLETE -> p.canComplete();
      case FAIL -> p.canFail();
      case WITHDRAW -> p.canWithdraw();
    };
  }

  private static boolean isAllowed(Object[] pair) {
    return ALLOWED.get((PedagogicalStatus) pair[0]).containsKey((PedagogicalAction) pair[1]);
  }

  private static Stream<Arguments> pairs() {
    return Arrays.stream(PedagogicalStatus.values())
        .flatMap(s -> Arrays.stream(PedagogicalAction.values()).map(a -> Arguments.of(s, a)));
  }
}
