package fr.unicamp.catalogue.domain.workflow;

import java.util.Arrays;
import java.util.List;

/**
 * The gate for publishing an approved micro-certification: the academic review is recorded in full,
 * and the university's CFVU was informed on a date that is not in the future.
 */
public enum PublicationRule {
  ACADEMIC_REVIEW("academicReview", "gate.academic-review"),
  CFVU_INFORMED("cfvuInformedOn", "gate.cfvu-informed"),
  CFVU_DATE_NOT_IN_FUTURE("cfvuInformedOn", "gate.cfvu-date");

  private final String field;
  private final String messageKey;

  PublicationRule(String field, String messageKey) {
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  /**
   * Whether the rule holds for the recorded {@code review} and {@code facts}. A missing CFVU date
   * fails {@link #CFVU_INFORMED} only: it is not also a date in the future.
   */
  public boolean passes(AcademicReview review, PublicationFacts facts) {
    return switch (this) {
      case ACADEMIC_REVIEW -> review != null && review.isComplete();
      case CFVU_INFORMED -> facts.cfvuInformedOn() != null;
      case CFVU_DATE_NOT_IN_FUTURE ->
          facts.cfvuInformedOn() == null || !facts.cfvuInformedOn().isAfter(facts.today());
    };
  }

  /** Every rule, in declaration order, with whether it holds. */
  public static List<RuleCheck> checklist(AcademicReview review, PublicationFacts facts) {
    return Arrays.stream(values())
        .map(
            r -> new RuleCheck(r.name(), r.field, r.messageKey, List.of(), r.passes(review, facts)))
        .toList();
  }
}
