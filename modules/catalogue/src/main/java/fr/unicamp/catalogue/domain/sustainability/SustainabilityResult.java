package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;

/**
 * What a {@link SustainabilityPlan} works out to, per learner, per session and over the plan's
 * horizon. Every amount is in EUR, rounded half-even to the cent.
 *
 * @param upfrontCosts design (hours × hourly cost) plus production, spent once
 * @param sessionFixedCosts tutoring (hours × rate) plus other fixed costs, for one session
 * @param horizonFixedCosts upfront costs plus every session's fixed costs
 * @param variableCostsPerLearner platform, assessment and certificate for one learner
 * @param commissionPerLearner the marketplace's commission on one sale
 * @param consortiumSharePerLearner the consortium's share of one sale
 * @param netRevenuePerLearner price − commission − consortium share
 * @param contributionMarginPerLearner net revenue − variable costs
 * @param breakEvenPerSession learners one session needs to cover its own fixed costs
 * @param breakEvenOverHorizon learners, over all sessions, needed to cover the horizon's costs
 * @param breakEvenPerSessionOverHorizon the same spread evenly over the sessions, rounded up
 * @param sessionMarginAtForecast one session's margin with the forecast learners
 * @param horizonMarginAtForecast the horizon's margin, upfront costs included, at the forecast
 */
public record SustainabilityResult(
    Money upfrontCosts,
    Money sessionFixedCosts,
    Money horizonFixedCosts,
    Money variableCostsPerLearner,
    Money commissionPerLearner,
    Money consortiumSharePerLearner,
    Money netRevenuePerLearner,
    Money contributionMarginPerLearner,
    BreakEven breakEvenPerSession,
    BreakEven breakEvenOverHorizon,
    BreakEven breakEvenPerSessionOverHorizon,
    Money sessionMarginAtForecast,
    Money horizonMarginAtForecast) {

  /** Whether the forecast covers every cost of the horizon (a zero margin counts as covered). */
  public boolean sustainableAtForecast() {
    return horizonMarginAtForecast.amount().signum() >= 0;
  }
}
