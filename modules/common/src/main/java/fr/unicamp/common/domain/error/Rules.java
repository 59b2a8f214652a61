package fr.unicamp.common.domain.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every failed rule of a check before throwing once, so that a form or an import line
 * reports all its problems together.
 */
public final class Rules {

  private final List<FieldError> errors = new ArrayList<>();

  public Rules require(boolean condition, String field, String messageKey, Object... arguments) {
    if (!condition) {
      errors.add(FieldError.of(field, messageKey, arguments));
    }
    return this;
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
  }
}
