package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Reads the text fields of request bodies and query strings into dates, enum codes and ids, noting
 * each unreadable one in {@code rules} (and giving null for it) so that every error comes at once.
 */
final class RequestFields {

  private RequestFields() {}

  static LocalDate date(Rules rules, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      rules.require(false, field, "error.date.format");
      return null;
    }
  }

  /** The constant named {@code text} (blank means none), or an error listing the known ones. */
  static <E extends Enum<E>> E code(Rules rules, String field, Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip();
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    String known = String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
    rules.require(false, field, "error.code.unknown", name, known);
    return null;
  }

  /** A positive id given as text (query strings), or an error. */
  static Long id(Rules rules, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.strip());
      rules.require(value > 0, field, "error.id.format");
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      rules.require(false, field, "error.id.format");
      return null;
    }
  }
}
