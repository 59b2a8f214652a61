package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;

/**
 * What the course costs once, before its first session: the designers' hours at an hourly cost,
 * plus production (video, platform set-up, subcontracting).
 */
public record DesignCosts(BigDecimal hours, Money hourlyCost, Money productionCosts) {

  /** Design hours × hourly cost, rounded half-even to the cent, plus production. */
  public Money total() {
    return hourlyCost.times(hours).plus(productionCosts);
  }
}
