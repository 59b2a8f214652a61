package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The administrative enrolment ("inscription administrative", IA): the learner registered with the
 * university, which is the legal training provider and awarding body.
 *
 * <p>An enrolment starts PENDING_PAYMENT. Once the order is paid or the funding agreed it is
 * REGISTERED; the nightly exchange SENDS it TO the university's SIS, which either CONFIRMS it with
 * the learner's student number or REJECTS it with a reason. Until it is final (rejected or
 * cancelled) it can be CANCELLED: inside the withdrawal period that is recorded as the learner's
 * legal WITHDRAWAL, later as a plain cancellation.
 *
 * <p>The value is immutable: each action returns the next state or throws a {@link
 * RuleViolationException} listing every reason it cannot be taken. A forbidden action is reported
 * on field {@code administrativeStatus} with key {@code error.enrolment.administrative.transition}
 * and arguments (status, action), before any other check.
 */
public record AdministrativeEnrolment(
    AdministrativeStatus status,
    StudentNumber studentNumber,
    String rejectionReason,
    Cancellation cancellation) {

  public static final int MAX_REASON = 1000;

  public AdministrativeEnrolment {
    Objects.requireNonNull(status, "status");
  }

  /** A new administrative enrolment, waiting for payment or funding. */
  public static AdministrativeEnrolment pendingPayment() {
    return new AdministrativeEnrolment(AdministrativeStatus.PENDING_PAYMENT, null, null, null);
  }

  public AdministrativeEnrolment register() {
    return moveTo(AdministrativeAction.REGISTER);
  }

  public AdministrativeEnrolment sendToSis() {
    return moveTo(AdministrativeAction.SEND_TO_SIS);
  }

  /** The SIS confirmed the registration; the student number it gave is required. */
  public AdministrativeEnrolment confirmBySis(String number) {
    requireAllowed(AdministrativeAction.CONFIRM_BY_SIS);
    new Rules()
        .require(number != null && !number.isBlank(), "studentNumber", "error.required")
        .throwIfAny();
    return new AdministrativeEnrolment(
        AdministrativeStatus.CONFIRMED_BY_SIS, StudentNumber.of(number), null, null);
  }

  /** The SIS refused the registration; its reason is required. */
  public AdministrativeEnrolment rejectBySis(String reason) {
    requireAllowed(AdministrativeAction.REJECT_BY_SIS);
    requireReason(reason);
    return new AdministrativeEnrolment(
        AdministrativeStatus.REJECTED_BY_SIS, studentNumber, reason.strip(), null);
  }

  /**
   * Cancels, saying why; on or before the last day of {@code period} after {@code enrolledOn}, the
   * cancellation is recorded as a withdrawal.
   */
  public AdministrativeEnrolment cancel(
      String reason, LocalDate on, LocalDate enrolledOn, WithdrawalPeriod period) {
    requireAllowed(AdministrativeAction.CANCEL);
    requireReason(reason);
    CancellationKind kind =
        period.covers(enrolledOn, on) ? CancellationKind.WITHDRAWAL : CancellationKind.CANCELLATION;
    return new AdministrativeEnrolment(
        AdministrativeStatus.CANCELLED,
        studentNumber,
        rejectionReason,
        new Cancellation(kind, reason.strip(), on));
  }

  public boolean canRegister() {
    return AdministrativeAction.REGISTER.isAllowedFrom(status);
  }

  public boolean canSendToSis() {
    return AdministrativeAction.SEND_TO_SIS.isAllowedFrom(status);
  }

  public boolean canConfirmBySis() {
    return AdministrativeAction.CONFIRM_BY_SIS.isAllowedFrom(status);
  }

  public boolean canRejectBySis() {
    return AdministrativeAction.REJECT_BY_SIS.isAllowedFrom(status);
  }

  public boolean canCancel() {
    return AdministrativeAction.CANCEL.isAllowedFrom(status);
  }

  public List<AdministrativeAction> allowedActions() {
    return AdministrativeAction.allowedFrom(status);
  }

  private AdministrativeEnrolment moveTo(AdministrativeAction action) {
    requireAllowed(action);
    return new AdministrativeEnrolment(action.to(), studentNumber, rejectionReason, cancellation);
  }

  void requireAllowed(AdministrativeAction action) {
    if (!action.isAllowedFrom(status)) {
      throw RuleViolationException.of(
          "administrativeStatus",
          "error.enrolment.administrative.transition",
          status.name(),
          action.name());
    }
  }

  private static void requireReason(String reason) {
    new Rules()
        .require(reason != null && !reason.isBlank(), "reason", "error.enrolment.reason-required")
        .require(
            reason == null || reason.strip().length() <= MAX_REASON,
            "reason",
            "error.text.too-long",
            MAX_REASON)
        .throwIfAny();
  }
}
