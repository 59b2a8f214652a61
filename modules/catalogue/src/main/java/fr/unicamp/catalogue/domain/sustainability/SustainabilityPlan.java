package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The financial sustainability plan of a micro-certification (the framework's "soutenabilité
 * financière"). Designing and producing the course costs once; each session costs its tutoring
 * whatever its size; each learner costs a platform seat, an assessment and a certificate, and
 * brings the price less the marketplace's commission and the consortium's share. From these the
 * plan works out the contribution margin of a learner, how many learners a session and the whole
 * horizon need to break even, and the margin at the forecast.
 *
 * <p>A plan is valid once built: negative amounts, percentages outside [0, 100], a commission and
 * share above 100 % together, and a horizon without sessions are all reported at once. Variants
 * ({@link #withPrice}) are new plans, compared with {@link Scenario#sideBySide}.
 */
public record SustainabilityPlan(
    DesignCosts design,
    SessionCosts session,
    LearnerCosts learner,
    Pricing pricing,
    Horizon horizon) {

  /** A chart is for a screen: more points than this is a mistake of the caller. */
  public static final int MAX_CHART_POINTS = 1000;

  public SustainabilityPlan {
    PlanValidation.check(design, session, learner, pricing, horizon);
  }

  public SustainabilityPlan withPrice(Money price) {
    return withPricing(
        new Pricing(price, pricing.commissionPercent(), pricing.consortiumSharePercent()));
  }

  public SustainabilityPlan withPricing(Pricing newPricing) {
    return new SustainabilityPlan(design, session, learner, newPricing, horizon);
  }

  public SustainabilityPlan withHorizon(Horizon newHorizon) {
    return new SustainabilityPlan(design, session, learner, pricing, newHorizon);
  }

  public SustainabilityPlan withForecastLearnersPerSession(int learners) {
    return withHorizon(new Horizon(horizon.sessions(), learners));
  }

  public Money contributionMarginPerLearner() {
    return pricing.netRevenue().minus(learner.total());
  }

  /** Upfront costs plus every session's fixed costs. */
  public Money horizonFixedCosts() {
    return design.total().plus(session.total().times(BigDecimal.valueOf(horizon.sessions())));
  }

  public SustainabilityResult result() {
    Money margin = contributionMarginPerLearner();
    Money sessionFixed = session.total();
    Money horizonFixed = horizonFixedCosts();
    BreakEven overHorizon = BreakEven.covering(horizonFixed, margin);
    int forecast = horizon.forecastLearnersPerSession();
    return new SustainabilityResult(
        design.total(),
        sessionFixed,
        horizonFixed,
        learner.total(),
        pricing.commission(),
        pricing.consortiumShare(),
        pricing.netRevenue(),
        margin,
        BreakEven.covering(sessionFixed, margin),
        overHorizon,
        overHorizon.perSession(horizon.sessions()),
        times(margin, forecast).minus(sessionFixed),
        times(margin, horizon.forecastLearners()).minus(horizonFixed));
  }

  /**
   * Points for the cost-and-revenue chart, from {@code fromLearners} to {@code toLearners}
   * inclusive every {@code step} learners (the last point is always {@code toLearners}). Revenue is
   * net of commission and share, so the curves cross at the break-even. For the {@link
   * ChartScope#HORIZON} scope the learners are those of all sessions together.
   */
  public List<CostRevenuePoint> costRevenueCurve(
      ChartScope scope, int fromLearners, int toLearners, int step) {
    new Rules()
        .require(scope != null, "scope", "error.required")
        .require(fromLearners >= 0, "fromLearners", "error.plan.negative")
        .require(toLearners >= fromLearners, "toLearners", "error.plan.chart-range")
        .require(step >= 1, "step", "error.plan.chart-step")
        .require(
            step < 1 || (toLearners - (long) fromLearners) / step < MAX_CHART_POINTS,
            "step",
            "error.plan.chart-points",
            MAX_CHART_POINTS)
        .throwIfAny();
    Money fixed = scope == ChartScope.ONE_SESSION ? session.total() : horizonFixedCosts();
    List<CostRevenuePoint> points = new ArrayList<>();
    for (int n = fromLearners; ; n += step) {
      int learners = Math.min(n, toLearners);
      points.add(
          new CostRevenuePoint(
              learners,
              fixed.plus(times(learner.total(), learners)),
              times(pricing.netRevenue(), learners)));
      if (learners == toLearners) {
        return List.copyOf(points);
      }
    }
  }

  private static Money times(Money money, long count) {
    return money.times(BigDecimal.valueOf(count));
  }
}
