package fr.unicamp.catalogue.domain.workflow;

import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.APPROVED;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.DRAFT;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.IN_REVIEW;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.PUBLISHED;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.RETIRED;

import java.util.Arrays;
import java.util.List;

/** The business actions of the workflow, each from exactly one status to exactly one other. */
public enum WorkflowAction {
  SUBMIT_FOR_REVIEW(DRAFT, IN_REVIEW),
  SEND_BACK(IN_REVIEW, DRAFT),
  APPROVE(IN_REVIEW, APPROVED),
  PUBLISH(APPROVED, PUBLISHED),
  RETIRE(PUBLISHED, RETIRED);

  private final MicroCertificationStatus from;
  private final MicroCertificationStatus to;

  WorkflowAction(MicroCertificationStatus from, MicroCertificationStatus to) {
    this.from = from;
    this.to = to;
  }

  public MicroCertificationStatus from() {
    return from;
  }

  public MicroCertificationStatus to() {
    return to;
  }

  public boolean isAllowedFrom(MicroCertificationStatus status) {
    return from == status;
  }

  /** The actions open from {@code status}, in declaration order; none once retired. */
  public static List<WorkflowAction> allowedFrom(MicroCertificationStatus status) {
    return Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).toList();
  }
}
