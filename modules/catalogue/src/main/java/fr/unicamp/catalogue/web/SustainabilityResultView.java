package fr.unicamp.catalogue.web;

import static fr.unicamp.catalogue.web.SustainabilityPlanBody.text;

import fr.unicamp.catalogue.domain.sustainability.BreakEven;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityResult;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * What a plan works out to, amounts as strings in euros. A break-even that is never reached is
 * {@code null} (written out, not left out) and {@code breaksEven} is false: the margin per learner
 * is zero or negative.
 */
@JsonbNillable
public record SustainabilityResultView(
    String upfrontCosts,
    String sessionFixedCosts,
    String horizonFixedCosts,
    String variableCostsPerLearner,
    String commissionPerLearner,
    String consortiumSharePerLearner,
    String netRevenuePerLearner,
    String contributionMarginPerLearner,
    boolean breaksEven,
    Long breakEvenPerSession,
    Long breakEvenOverHorizon,
    Long breakEvenPerSessionOverHorizon,
    String sessionMarginAtForecast,
    String horizonMarginAtForecast,
    boolean sustainableAtForecast) {

  static SustainabilityResultView of(SustainabilityResult r) {
    return new SustainabilityResultView(
        text(r.upfrontCosts()),
        text(r.sessionFixedCosts()),
        text(r.horizonFixedCosts()),
        text(r.variableCostsPerLearner()),
        text(r.commissionPerLearner()),
        text(r.consortiumSharePerLearner()),
        text(r.netRevenuePerLearner()),
        text(r.contributionMarginPerLearner()),
        r.breakEvenOverHorizon().isReachable(),
        learners(r.breakEvenPerSession()),
        learners(r.breakEvenOverHorizon()),
        learners(r.breakEvenPerSessionOverHorizon()),
        text(r.sessionMarginAtForecast()),
        text(r.horizonMarginAtForecast()),
        r.sustainableAtForecast());
  }

  private static Long learners(BreakEven breakEven) {
    return breakEven.isReachable() ? breakEven.learners().getAsLong() : null;
  }
}
