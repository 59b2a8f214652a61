package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;

/**
 * One point of the cost-and-revenue chart: with this many learners, what everything costs and what
 * the university receives (net of commission and consortium share).
 */
public record CostRevenuePoint(int learners, Money totalCost, Money totalRevenue) {

  public Money margin() {
    return totalRevenue.minus(totalCost);
  }
}
