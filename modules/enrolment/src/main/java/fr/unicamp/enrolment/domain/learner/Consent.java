package fr.unicamp.enrolment.domain.learner;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The learner's latest answer on one consent, and when it was given (UTC). */
public record Consent(ConsentKind kind, boolean granted, OffsetDateTime recordedAt) {

  public Consent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** The more recent of two answers on the same consent: the learner's current will. */
  static Consent latest(Consent a, Consent b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.recordedAt.isAfter(a.recordedAt) ? b : a;
  }
}
