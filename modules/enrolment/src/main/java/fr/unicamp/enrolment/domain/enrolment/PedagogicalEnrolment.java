package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The pedagogical enrolment ("inscription pédagogique", IP): the learner placed in the course.
 *
 * <p>A learner is ENROLLED, STARTS (IN_PROGRESS: the entry date Qualiopi counts "entrés" from) and
 * ends COMPLETED or FAILED; before the end they may WITHDRAW, with a coded cause (the drop-out
 * causes of Qualiopi's indicator 2). Entry and exit dates are kept: the drop-out and completion
 * rates are computed per period from them.
 *
 * <p>Immutable; a forbidden action is reported on field {@code pedagogicalStatus} with key {@code
 * error.enrolment.pedagogical.transition} and arguments (status, action). Whether the
 * administrative enrolment allows progress is the {@link Enrolment}'s rule, not this value's.
 */
public record PedagogicalEnrolment(
    PedagogicalStatus status,
    LocalDate startedOn,
    LocalDate endedOn,
    WithdrawalCause withdrawalCause,
    String withdrawalComment) {

  public static final int MAX_COMMENT = 1000;

  public PedagogicalEnrolment {
    Objects.requireNonNull(status, "status");
  }

  public static PedagogicalEnrolment enrolled() {
    return new PedagogicalEnrolment(PedagogicalStatus.ENROLLED, null, null, null, null);
  }

  public PedagogicalEnrolment start(LocalDate on) {
    requireAllowed(PedagogicalAction.START);
    requireDate(on);
    return new PedagogicalEnrolment(PedagogicalStatus.IN_PROGRESS, on, null, null, null);
  }

  public PedagogicalEnrolment complete(LocalDate on) {
    return end(PedagogicalAction.COMPLETE, on);
  }

  public PedagogicalEnrolment fail(LocalDate on) {
    return end(PedagogicalAction.FAIL, on);
  }

  /** A drop-out before the end, for a coded cause and an optional comment. */
  public PedagogicalEnrolment withdraw(WithdrawalCause cause, String comment, LocalDate on) {
    requireAllowed(PedagogicalAction.WITHDRAW);
    String clean = comment == null || comment.isBlank() ? null : comment.strip();
    dateRules(on)
        .require(cause != null, "withdrawalCause", "error.required")
        .require(
            clean == null || clean.length() <= MAX_COMMENT,
            "withdrawalComment",
            "error.text.too-long",
            MAX_COMMENT)
        .throwIfAny();
    return new PedagogicalEnrolment(PedagogicalStatus.WITHDRAWN, startedOn, on, cause, clean);
  }

  public boolean canStart() {
    return PedagogicalAction.START.isAllowedFrom(status);
  }

  public boolean canComplete() {
    return PedagogicalAction.COMPLETE.isAllowedFrom(status);
  }

  public boolean canFail() {
    return PedagogicalAction.FAIL.isAllowedFrom(status);
  }

  public boolean canWithdraw() {
    return PedagogicalAction.WITHDRAW.isAllowedFrom(status);
  }

  public List<PedagogicalAction> allowedActions() {
    return PedagogicalAction.allowedFrom(status);
  }

  private PedagogicalEnrolment end(PedagogicalAction action, LocalDate on) {
    requireAllowed(action);
    requireDate(on);
    return new PedagogicalEnrolment(action.to(), startedOn, on, null, null);
  }

  private void requireDate(LocalDate on) {
    dateRules(on).throwIfAny();
  }

  /** A transition's date: given, and not before the learner started. */
  private Rules dateRules(LocalDate on) {
    return new Rules()
        .require(on != null, "on", "error.required")
        .require(
            on == null || startedOn == null || !on.isBefore(startedOn),
            "on",
            "error.enrolment.date-before-start",
            String.valueOf(startedOn));
  }

  void requireAllowed(PedagogicalAction action) {
    if (!action.isAllowedFrom(status)) {
      throw RuleViolationException.of(
          "pedagogicalStatus",
          "error.enrolment.pedagogical.transition",
          status.name(),
          action.name());
    }
  }
}
