package fr.unicamp.catalogue.domain.workflow;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a micro-certification stands in its review, and what the review recorded.
 *
 * <p>A micro-certification is designed as a DRAFT. When the framework's gate passes (see {@link
 * GateRule}) its designers submit it for review; the academic reviewer either sends it back to
 * DRAFT with comments, or approves it with a recorded review (reviewer, date, a favourable verdict,
 * opinion); an unfavourable verdict does not approve: the reviewer sends it back. An APPROVED
 * micro-certification is PUBLISHED once the university's CFVU has been informed; the marketplace
 * sells it until it is RETIRED, for a stated reason. Nothing leaves RETIRED.
 *
 * <p>The value is immutable: each action returns the next state, or throws a {@link
 * RuleViolationException} listing every reason it cannot be taken. A forbidden action is reported
 * on field {@code status} with key {@code error.workflow.transition} and arguments (status,
 * action), before any other check.
 */
public final class CatalogueWorkflow {

  private final MicroCertificationStatus status;
  private final String sendBackComments;
  private final AcademicReview academicReview;
  private final LocalDate cfvuInformedOn;
  private final String retirementReason;

  private CatalogueWorkflow(
      MicroCertificationStatus status,
      String sendBackComments,
      AcademicReview academicReview,
      LocalDate cfvuInformedOn,
      String retirementReason) {
    this.status = Objects.requireNonNull(status, "status");
    this.sendBackComments = sendBackComments;
    this.academicReview = academicReview;
    this.cfvuInformedOn = cfvuInformedOn;
    this.retirementReason = retirementReason;
  }

  /** A new micro-certification's workflow: a draft with nothing recorded. */
  public static CatalogueWorkflow draft() {
    return new CatalogueWorkflow(MicroCertificationStatus.DRAFT, null, null, null, null);
  }

  /** Rebuilds a stored workflow as it was saved; for persistence, not for business changes. */
  public static CatalogueWorkflow restore(
      MicroCertificationStatus status,
      String sendBackComments,
      AcademicReview academicReview,
      LocalDate cfvuInformedOn,
      String retirementReason) {
    return new CatalogueWorkflow(
        status, sendBackComments, academicReview, cfvuInformedOn, retirementReason);
  }

  /** Leaves the draft for review once every {@link GateRule} passes on {@code facts}. */
  public CatalogueWorkflow submitForReview(GateFacts facts) {
    requireAllowed(WorkflowAction.SUBMIT_FOR_REVIEW);
    throwIfAny(RuleCheck.failures(GateRule.checklist(Objects.requireNonNull(facts, "facts"))));
    return moveTo(WorkflowAction.SUBMIT_FOR_REVIEW);
  }

  /** Sends the micro-certification back to its designers; the comments say what to change. */
  public CatalogueWorkflow sendBack(String comments) {
    requireAllowed(WorkflowAction.SEND_BACK);
    new Rules()
        .require(Texts.present(comments), "comments", "error.workflow.comments-required")
        .throwIfAny();
    return new CatalogueWorkflow(
        WorkflowAction.SEND_BACK.to(),
        comments.strip(),
        academicReview,
        cfvuInformedOn,
        retirementReason);
  }

  /**
   * Approves with the academic review recorded in full (reviewer, date, verdict, opinion). An
   * unfavourable verdict is refused on {@code academicReview.verdict} with {@code
   * error.workflow.unfavourable-opinion}: the reviewer sends the draft back with comments instead.
   */
  public CatalogueWorkflow approve(AcademicReview review) {
    requireAllowed(WorkflowAction.APPROVE);
    AcademicReview r = review == null ? new AcademicReview(null, null, null, null) : review;
    new Rules()
        .require(Texts.present(r.reviewer()), "academicReview.reviewer", "error.required")
        .require(r.reviewedOn() != null, "academicReview.reviewedOn", "error.required")
        .require(r.verdict() != null, "academicReview.verdict", "error.required")
        .require(
            r.verdict() == null || r.verdict().approves(),
            "academicReview.verdict",
            "error.workflow.unfavourable-opinion")
        .require(Texts.present(r.opinion()), "academicReview.opinion", "error.required")
        .throwIfAny();
    return new CatalogueWorkflow(
        WorkflowAction.APPROVE.to(), sendBackComments, review, cfvuInformedOn, retirementReason);
  }

  /** Publishes once every {@link PublicationRule} holds; records the CFVU date. */
  public CatalogueWorkflow publish(PublicationFacts facts) {
    requireAllowed(WorkflowAction.PUBLISH);
    throwIfAny(RuleCheck.failures(publicationChecklist(facts)));
    return new CatalogueWorkflow(
        WorkflowAction.PUBLISH.to(),
        sendBackComments,
        academicReview,
        facts.cfvuInformedOn(),
        retirementReason);
  }

  /** Withdraws a published micro-certification from sale for good, saying why. */
  public CatalogueWorkflow retire(String reason) {
    requireAllowed(WorkflowAction.RETIRE);
    new Rules()
        .require(Texts.present(reason), "reason", "error.workflow.reason-required")
        .throwIfAny();
    return new CatalogueWorkflow(
        WorkflowAction.RETIRE.to(),
        sendBackComments,
        academicReview,
        cfvuInformedOn,
        reason.strip());
  }

  public boolean canSubmitForReview() {
    return WorkflowAction.SUBMIT_FOR_REVIEW.isAllowedFrom(status);
  }

  public boolean canSendBack() {
    return WorkflowAction.SEND_BACK.isAllowedFrom(status);
  }

  public boolean canApprove() {
    return WorkflowAction.APPROVE.isAllowedFrom(status);
  }

  public boolean canPublish() {
    return WorkflowAction.PUBLISH.isAllowedFrom(status);
  }

  public boolean canRetire() {
    return WorkflowAction.RETIRE.isAllowedFrom(status);
  }

  /** The actions open from the current status; a gate may still refuse them. */
  public List<WorkflowAction> allowedActions() {
    return WorkflowAction.allowedFrom(status);
  }

  /** The publication checklist against the recorded review, for the UI before publishing. */
  public List<RuleCheck> publicationChecklist(PublicationFacts facts) {
    return PublicationRule.checklist(academicReview, Objects.requireNonNull(facts, "facts"));
  }

  public MicroCertificationStatus status() {
    return status;
  }

  /** The comments of the last send-back, if any. */
  public String sendBackComments() {
    return sendBackComments;
  }

  public AcademicReview academicReview() {
    return academicReview;
  }

  public LocalDate cfvuInformedOn() {
    return cfvuInformedOn;
  }

  public String retirementReason() {
    return retirementReason;
  }

  private void requireAllowed(WorkflowAction action) {
    if (!action.isAllowedFrom(status)) {
      throw RuleViolationException.of(
          "status", "error.workflow.transition", status.name(), action.name());
    }
  }

  private CatalogueWorkflow moveTo(WorkflowAction action) {
    return new CatalogueWorkflow(
        action.to(), sendBackComments, academicReview, cfvuInformedOn, retirementReason);
  }

  private static void throwIfAny(List<FieldError> failures) {
    if (!failures.isEmpty()) {
      throw new RuleViolationException(failures);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogueWorkflow w
        && status == w.status
        && Objects.equals(sendBackComments, w.sendBackComments)
        && Objects.equals(academicReview, w.academicReview)
        && Objects.equals(cfvuInformedOn, w.cfvuInformedOn)
        && Objects.equals(retirementReason, w.retirementReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, sendBackComments, academicReview, cfvuInformedOn, retirementReason);
  }

  @Override
  public String toString() {
    return "CatalogueWorkflow[" + status + "]";
  }
}
