package fr.unicamp.common.domain.error;

import java.util.List;
import java.util.Objects;

/** One failed rule on one field: where (field path), which rule (message key) and its arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  public static FieldError of(String field, String messageKey, Object... arguments) {
    return new FieldError(field, messageKey, List.of(arguments));
  }
}
