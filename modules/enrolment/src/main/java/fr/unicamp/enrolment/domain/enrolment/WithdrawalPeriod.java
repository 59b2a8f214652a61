package fr.unicamp.enrolment.domain.enrolment;

import java.time.LocalDate;

/**
 * The legal withdrawal period ("délai de rétractation"): a cancellation on or before the last day
 * of the period, counted in calendar days from the enrolment, is a withdrawal, refunded in full. 14
 * days by default (distance contracts, Code de la consommation L.221-18); configurable.
 */
public record WithdrawalPeriod(int days) {

  public static final WithdrawalPeriod DEFAULT = new WithdrawalPeriod(14);

  public WithdrawalPeriod {
    if (days < 0 || days > 365) {
      throw new IllegalArgumentException("a withdrawal period is 0 to 365 days: " + days);
    }
  }

  /**
   * Whether a cancellation on {@code cancelledOn} of an enrolment made on {@code enrolledOn} is
   * inside.
   */
  public boolean covers(LocalDate enrolledOn, LocalDate cancelledOn) {
    return !cancelledOn.isAfter(enrolledOn.plusDays(days));
  }
}
