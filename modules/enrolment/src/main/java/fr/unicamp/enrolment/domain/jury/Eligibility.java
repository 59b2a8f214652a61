package fr.unicamp.enrolment.domain.jury;

import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether one learner can be awarded, and if not, every reason.
 *
 * @param attendancePercent the attendance rate in percent, null when no attendance was recorded
 * @param exclusion staff's exclusion, null when not excluded
 */
public record Eligibility(
    EnrolmentId enrolment,
    LearnerId learner,
    BigDecimal attendancePercent,
    Set<IneligibilityReason> reasons,
    Exclusion exclusion) {

  public Eligibility {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(learner, "learner");
    reasons =
        reasons.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(reasons)); // in declaration order
  }

  public boolean isEligible() {
    return reasons.isEmpty();
  }
}
