package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.AdministrativeAction.CANCEL;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeAction.CONFIRM_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeAction.REGISTER;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeAction.REJECT_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeAction.SEND_TO_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.CANCELLED;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.CONFIRMED_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.PENDING_PAYMENT;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.REGISTERED;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.REJECTED_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.SENT_TO_SIS;
import static fr.unicamp.enrolment.domain.enrolment.Enrolments.ENROLLED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every status × action pair of the administrative enrolment: 8 allowed, 22 forbidden. */
class AdministrativeTransitionsTest {

  /** The lifecycle as the issue draws it, written out rather than read from the code. */
  private static final Map<AdministrativeStatus, Map<AdministrativeAction, AdministrativeStatus>>
      ALLOWED =
          Map.of(
              PENDING_PAYMENT, Map.of(REGISTER, REGISTERED, CANCEL, CANCELLED),
              REGISTERED, Map.of(SEND_TO_SIS, SENT_TO_SIS, CANCEL, CANCELLED),
              SENT_TO_SIS,
                  Map.of(
                      CONFIRM_BY_SIS, CONFIRMED_BY_SIS,
                      REJECT_BY_SIS, REJECTED_BY_SIS,
                      CANCEL, CANCELLED),
              CONFIRMED_BY_SIS, Map.of(CANCEL, CANCELLED),
              REJECTED_BY_SIS, Map.of(),
              CANCELLED, Map.of());

  @Test
  void the_table_covers_every_status_with_eight_transitions() {
    assertThat(ALLOWED).containsOnlyKeys(AdministrativeStatus.values());
    assertThat(allowed()).hasSize(8);
    assertThat(forbidden()).hasSize(22);
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
      AdministrativeStatus from, AdministrativeAction action) {
    AdministrativeEnrolment before = Enrolments.administrative(from);

    AdministrativeEnrolment after = perform(action, before);

    assertThat(after.status()).isEqualTo(ALLOWED.get(from).get(action));
    assertThat(action.to()).isEqualTo(after.status());
    assertThat(guard(action, before)).isTrue();
    assertThat(before.allowedActions()).contains(action);
  }

  @ParameterizedTest(name = "{0} --{1}--> forbidden")
  @MethodSource("forbidden")
  void refuses_a_forbidden_action_naming_status_and_action(
      AdministrativeStatus from, AdministrativeAction action) {
    AdministrativeEnrolment before = Enrolments.administrative(from);

    var error = catchThrowableOfType(RuleViolationException.class, () -> perform(action, before));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of(
                "administrativeStatus",
                "error.enrolment.administrative.transition",
                from.name(),
                action.name()));
    assertThat(guard(action, before)).isFalse();
    assertThat(before.allowedActions()).doesNotContain(action);
    assertThat(before).isEqualTo(Enrolments.administrative(from));
  }

  @Test
  void only_rejected_and_cancelled_are_final() {
    assertThat(Arrays.stream(AdministrativeStatus.values()).filter(AdministrativeStatus::isFinal))
        .containsExactly(REJECTED_BY_SIS, CANCELLED);
    assertThat(AdministrativeAction.allowedFrom(CANCELLED)).isEmpty();
  }

  private static AdministrativeEnrolment perform(
      AdministrativeAction action, AdministrativeEnrolment e) {
    return switch (action) {
      case REGISTER -> e.register();
      case SEND_TO_SIS -> e.sendToSis();
      case CONFIRM_BY_SIS -> e.confirmBySis("000104521");
      case REJECT_BY_SIS -> e.rejectBySis("Pièce d'identité manquante");
      case CANCEL ->
          e.cancel(
              "Changement de projet",
              ENROLLED_ON.plusDays(3),
              ENROLLED_ON,
              WithdrawalPeriod.DEFAULT);
    };
  }

  private static boolean guard(AdministrativeAction action, AdministrativeEnrolment e) {
    return switch (action) {
      case REGISTER -> e.canRegister();
      case SEND_TO_SIS -> e.canSendToSis();
      case CONFIRM_BY_SIS -> e.canConfirmBySis();
      case REJECT_BY_SIS -> e.canRejectBySis();
      case CANCEL -> e.canCancel();
    };
  }

  private static boolean isAllowed(Object[] pair) {
    return ALLOWED.get((AdministrativeStatus) pair[0]).containsKey((AdministrativeAction) pair[1]);
  }

  private static Stream<Arguments> pairs() {
    return Arrays.stream(AdministrativeStatus.values())
        .flatMap(s -> Arrays.stream(AdministrativeAction.values()).map(a -> Arguments.of(s, a)));
  }
}
