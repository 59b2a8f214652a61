package fr.unicamp.enrolment.domain.attendance;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules on a number of realised hours: known, not negative, at most two decimals, and at most
 * {@value #MAX_RATIO_PERCENT} % of the planned hours. FOAD hours are the estimated durations of the
 * activities completed (standards.md §4.3), so they may exceed the plan a little (optional
 * activities) but not by much: beyond that bound the figure is a typing or export mistake.
 */
public final class AttendanceHours {

  public static final int MAX_RATIO_PERCENT = 150;
  public static final int MAX_SCALE = 2;

  private AttendanceHours() {}

  /** The most hours a learner can realise in a session planning {@code planned} hours. */
  public static BigDecimal maximum(BigDecimal planned) {
    return planned.multiply(BigDecimal.valueOf(MAX_RATIO_PERCENT)).movePointLeft(2);
  }

  /** Every rule {@code hours} breaks, reported on {@code field}. */
  public static List<FieldError> violations(BigDecimal hours, BigDecimal planned, String field) {
    Rules rules = new Rules();
    rules.require(hours != null, field, "error.required");
    if (hours != null) {
      rules.require(hours.signum() >= 0, field, "error.attendance.hours.negative");
      rules.require(
          hours.stripTrailingZeros().scale() <= MAX_SCALE,
          field,
          "error.attendance.hours.scale",
          MAX_SCALE);
      rules.require(
          hours.compareTo(maximum(planned)) <= 0,
          field,
          "error.attendance.hours.too-many",
          maximum(planned).stripTrailingZeros().toPlainString(),
          planned.stripTrailingZeros().toPlainString());
    }
    return rules.errors();
  }
}
