package fr.unicamp.enrolment.domain.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Hours realised against hours planned: the realisation rate of standards.md §4.3, the same figure
 * that feeds the BPF's trainee-hours. The threshold test is exact (no rounding): 79.996 % does not
 * meet 80 %.
 */
public record AttendanceRate(BigDecimal realised, BigDecimal planned) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public AttendanceRate {
    Objects.requireNonNull(realised, "realised");
    if (planned == null || planned.signum() <= 0) {
      throw new IllegalArgumentException("planned hours are positive");
    }
  }

  /** The rate in percent, two decimals, half-even; may exceed 100. */
  public BigDecimal percent() {
    return realised.multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_EVEN);
  }

  /** Whether the rate reaches {@code thresholdPercent}, compared exactly. */
  public boolean meets(int thresholdPercent) {
    return realised
            .multiply(HUNDRED)
            .compareTo(planned.multiply(BigDecimal.valueOf(thresholdPercent)))
        >= 0;
  }
}
