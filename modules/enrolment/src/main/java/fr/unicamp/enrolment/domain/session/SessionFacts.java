package fr.unicamp.enrolment.domain.session;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What enrolment needs to know of a session: whose it is, when it takes enrolments, how many, the
 * hours it plans per learner (what attendance is measured against), the terms of the version it
 * runs, and whether it was cancelled (the catalogue's {@code Session.isCancelled()}).
 *
 * @param plannedHours the micro-certification's hours, until sessions plan their own
 */
public record SessionFacts(
    SessionId id,
    UniversityCode university,
    EnrolmentWindow window,
    SessionCapacity capacity,
    BigDecimal plannedHours,
    CertificationTerms terms,
    boolean cancelled) {

  public SessionFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(university, "university");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(terms, "terms");
    if (plannedHours == null || plannedHours.signum() <= 0) {
      throw new IllegalArgumentException("a session plans a positive number of hours");
    }
  }
}
