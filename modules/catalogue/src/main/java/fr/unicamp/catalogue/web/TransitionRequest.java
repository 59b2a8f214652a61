package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The JSON body of the review transitions; each reads only its own fields: {@code comments}
 * (send-back), {@code reviewer}, {@code reviewedOn}, {@code opinion} (approve), {@code
 * cfvuInformedOn} (publish), {@code reason} (retire). Dates are ISO ({@code 2026-03-31}).
 */
public record TransitionRequest(
    String comments,
    String reviewer,
    String reviewedOn,
    String opinion,
    String cfvuInformedOn,
    String reason) {

  static final TransitionRequest EMPTY = new TransitionRequest(null, null, null, null, null, null);

  static TransitionRequest orEmpty(TransitionRequest body) {
    return body == null ? EMPTY : body;
  }

  /** The review; a date that is not ISO is refused on its field, before the workflow's rules. */
  AcademicReview review() {
    return new AcademicReview(reviewer, date("reviewedOn", reviewedOn), opinion);
  }

  LocalDate cfvuDate() {
    return date("cfvuInformedOn", cfvuInformedOn);
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      new Rules().require(false, field, "error.date.format").throwIfAny();
      return null;
    }
  }
}
