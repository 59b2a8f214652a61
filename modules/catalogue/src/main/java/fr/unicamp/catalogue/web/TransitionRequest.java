package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The JSON body of the review transitions; each reads only its own fields: {@code comments}
 * (send-back), {@code reviewer}, {@code reviewedOn}, {@code verdict} ({@code FAVOURABLE}, {@code
 * FAVOURABLE_WITH_RESERVATIONS} or {@code UNFAVOURABLE}), {@code opinion} (approve), {@code
 * cfvuInformedOn} (publish), {@code reason} (retire). Dates are ISO ({@code 2026-03-31}).
 */
public record TransitionRequest(
    String comments,
    String reviewer,
    String reviewedOn,
    String verdict,
    String opinion,
    String cfvuInformedOn,
    String reason) {

  static final TransitionRequest EMPTY =
      new TransitionRequest(null, null, null, null, null, null, null);

  static TransitionRequest orEmpty(TransitionRequest body) {
    return body == null ? EMPTY : body;
  }

  /**
   * The review; a date that is not ISO or an unknown verdict is refused on its field, before the
   * workflow's rules.
   */
  AcademicReview review() {
    ReviewVerdict v = RequestCodes.filter(ReviewVerdict.class, "verdict", verdict);
    return new AcademicReview(reviewer, date("reviewedOn", reviewedOn), v, opinion);
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
