package fr.unicamp.catalogue.domain.workflow;

import fr.unicamp.common.domain.error.FieldError;
import java.util.List;

/**
 * One line of a gate checklist: which rule, on which field, its message key and arguments (the same
 * text serves as the checklist label and as the error), and whether it passes.
 */
public record RuleCheck(
    String rule, String field, String messageKey, List<Object> arguments, boolean passed) {

  public RuleCheck {
    arguments = List.copyOf(arguments);
  }

  public FieldError toFieldError() {
    return new FieldError(field, messageKey, arguments);
  }

  /** The failures of a checklist as field errors, in checklist order. */
  static List<FieldError> failures(List<RuleCheck> checklist) {
    return checklist.stream().filter(c -> !c.passed()).map(RuleCheck::toFieldError).toList();
  }
}
