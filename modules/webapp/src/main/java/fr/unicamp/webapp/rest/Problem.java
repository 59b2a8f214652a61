package fr.unicamp.webapp.rest;

import java.util.List;

/**
 * An RFC 9457 problem: a stable {@code type}, the {@code title} in the caller's language, the HTTP
 * {@code status}, an optional {@code detail}, and the field {@code errors} of a validation.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldMessage> errors) {

  public static final String TYPE_BASE = "https://unicamp.fr/problems/";
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One failed rule on one field, in the caller's language. */
  public record FieldMessage(String field, String code, String message) {}
}
