package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;

/**
 * The sale price per learner and what is taken from it before it reaches the university: the
 * marketplace commission and the consortium's share, both percentages of the price (0 to 100).
 * Whether the price is with or without VAT is not this model's concern.
 */
public record Pricing(
    Money price, BigDecimal commissionPercent, BigDecimal consortiumSharePercent) {

  public Money commission() {
    return percentOfPrice(commissionPercent);
  }

  public Money consortiumShare() {
    return percentOfPrice(consortiumSharePercent);
  }

  /**
   * Price − commission − consortium share; each deduction is rounded half-even to the cent on its
   * own, as each is invoiced on its own.
   */
  public Money netRevenue() {
    return price.minus(commission()).minus(consortiumShare());
  }

  private Money percentOfPrice(BigDecimal percent) {
    return price.times(percent.movePointLeft(2));
  }
}
