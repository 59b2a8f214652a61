package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum constants named in request bodies and query parameters: an unknown name is reported on its
 * field with the names that would do, never a 500 from {@code valueOf}.
 */
final class RequestCodes {

  private RequestCodes() {}

  /** The constant of {@code type} named {@code value}; an unknown name is reported on field. */
  static <E extends Enum<E>> E code(Class<E> type, String value, String field, Rules rules) {
    if (value == null) {
      return null;
    }
    E found = named(type, value).orElse(null);
    rules.require(found != null, field, "error.code.unknown", value, known(type));
    return found;
  }

  /**
   * A list filter: blank means none, case and surrounding spaces do not matter, an unknown name is
   * a 422 at once.
   */
  static <E extends Enum<E>> E filter(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return named(type, value.strip().toUpperCase(Locale.ROOT))
        .orElseThrow(
            () ->
                RuleViolationException.of(field, "error.code.unknown", value.strip(), known(type)));
  }

  /** The {@code status} filter of the catalogue's list and export; null when absent. */
  static MicroCertificationStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return named(MicroCertificationStatus.class, status.strip())
        .orElseThrow(
            () -> RuleViolationException.of("status", "error.status.unknown", status.strip()));
  }

  private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }

  private static String known(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }
}
