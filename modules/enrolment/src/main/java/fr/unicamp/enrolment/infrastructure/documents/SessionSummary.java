package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.catalogue.domain.session.SessionModality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about a session and the micro-certification version it runs, read from the
 * catalogue by the caller.
 *
 * @param version the micro-certification's version number (1, 2…)
 * @param plannedHours the hours planned per learner, what attendance is measured against
 * @param modality how the session is run; null when unknown (the line is left off)
 */
public record SessionSummary(
    String certificationCode,
    String certificationTitle,
    int version,
    String sessionCode,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal plannedHours,
    SessionModality modality) {

  public SessionSummary {
    Objects.requireNonNull(certificationCode, "certificationCode");
    Objects.requireNonNull(certificationTitle, "certificationTitle");
    Objects.requireNonNull(sessionCode, "sessionCode");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    if (plannedHours == null || plannedHours.signum() <= 0) {
      throw new IllegalArgumentException("a session plans a positive number of hours");
    }
  }

  /** "MC-DATA-01 — Analyse de données (version 2)". */
  String certification() {
    return certificationCode + " — " + certificationTitle + " (version " + version + ")";
  }
}
