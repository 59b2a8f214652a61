package fr.unicamp.common.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** The request breaks business rules; every failed rule is listed, not only the first one. */
public final class RuleViolationException extends UnicampException {

  private final List<FieldError> fieldErrors;

  public RuleViolationException(List<FieldError> fieldErrors) {
    super(
        "error.rule-violated",
        fieldErrors.stream()
            .map(e -> e.field() + ": " + e.messageKey())
            .collect(Collectors.joining(", ", "Rules violated: ", "")));
    if (fieldErrors.isEmpty()) {
      throw new IllegalArgumentException("a rule violation needs at least one field error");
    }
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static RuleViolationException of(String field, String messageKey, Object... arguments) {
    return new RuleViolationException(List.of(FieldError.of(field, messageKey, arguments)));
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public String category() {
    return "rule-violated";
  }
}
