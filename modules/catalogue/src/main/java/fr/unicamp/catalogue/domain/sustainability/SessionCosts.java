package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;

/**
 * What each session costs whatever its number of learners: tutoring hours at a rate, plus other
 * fixed costs of running a session (a live class room, an external examiner).
 */
public record SessionCosts(BigDecimal tutoringHours, Money tutoringRate, Money otherCosts) {

  /** Tutoring hours × rate, rounded half-even to the cent, plus the other costs. */
  public Money total() {
    return tutoringRate.times(tutoringHours).plus(otherCosts);
  }
}
