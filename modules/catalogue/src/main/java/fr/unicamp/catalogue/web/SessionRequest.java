package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The JSON body that plans or changes a session: dates are ISO ({@code 2026-03-31}), the modality
 * one of {@link SessionModality}, tutors a list of names, the LMS course a Moodle id or URL. Every
 * unreadable date or modality is reported at once, before the session's own rules.
 */
public record SessionRequest(
    String code,
    String startsOn,
    String endsOn,
    String enrolmentOpensOn,
    String enrolmentClosesOn,
    Integer capacity,
    String modality,
    List<String> tutors,
    String lmsCourse) {

  SessionPlan toPlan() {
    Rules rules = new Rules();
    SessionPlan plan =
        new SessionPlan(
            code,
            date(rules, "startsOn", startsOn),
            date(rules, "endsOn", endsOn),
            date(rules, "enrolmentOpensOn", enrolmentOpensOn),
            date(rules, "enrolmentClosesOn", enrolmentClosesOn),
            capacity,
            RequestCodes.code(SessionModality.class, modality, "modality", rules),
            tutors,
            lmsCourse);
    rules.throwIfAny();
    return plan;
  }

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
}
