package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Staff's exclusion of a learner from a jury (suspected fraud, pending dispute), with a reason. */
public record Exclusion(EnrolmentId enrolment, String reason, String by, OffsetDateTime at) {

  public static final int MAX_REASON = 1000;

  public Exclusion {
    Objects.requireNonNull(enrolment, "enrolment");
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    new Rules()
        .require(reason != null, "reason", "error.enrolment.reason-required")
        .require(
            reason == null || reason.length() <= MAX_REASON,
            "reason",
            "error.text.too-long",
            MAX_REASON)
        .throwIfAny();
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
