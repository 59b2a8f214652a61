package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SustainabilityPlanTest {

  @Test
  void works_out_a_typical_plan_by_hand() {
    // upfront   = 40 × 50.00 + 3 000.00                 = 5 000.00
    // session   = 20 × 45.00 + 100.00                   = 1 000.00
    // horizon   = 5 000.00 + 4 × 1 000.00               = 9 000.00
    // variable  = 10.00 + 15.00 + 5.00                  =    30.00
    // net       = 300.00 − 60.00 (20 %) − 30.00 (10 %)  =   210.00
    // margin    = 210.00 − 30.00                        =   180.00
    // session break-even  = ⌈1 000 / 180 = 5.56⌉        = 6 learners
    // horizon break-even  = 9 000 / 180                 = 50 learners exactly, ⌈50 / 4⌉ = 13 a
    // session
    // session at forecast = 12 × 180 − 1 000            = 1 160.00
    // horizon at forecast = 48 × 180 − 9 000            =  −360.00
    SustainabilityResult r = Plans.typical().result();

    assertThat(r.upfrontCosts()).isEqualTo(eur("5000.00"));
    assertThat(r.sessionFixedCosts()).isEqualTo(eur("1000.00"));
    assertThat(r.horizonFixedCosts()).isEqualTo(eur("9000.00"));
    assertThat(r.variableCostsPerLearner()).isEqualTo(eur("30.00"));
    assertThat(r.commissionPerLearner()).isEqualTo(eur("60.00"));
    assertThat(r.consortiumSharePerLearner()).isEqualTo(eur("30.00"));
    assertThat(r.netRevenuePerLearner()).isEqualTo(eur("210.00"));
    assertThat(r.contributionMarginPerLearner()).isEqualTo(eur("180.00"));
    assertThat(r.breakEvenPerSession()).isEqualTo(BreakEven.at(6));
    assertThat(r.breakEvenOverHorizon()).isEqualTo(BreakEven.at(50));
    assertThat(r.breakEvenPerSessionOverHorizon()).isEqualTo(BreakEven.at(13));
    assertThat(r.sessionMarginAtForecast()).isEqualTo(eur("1160.00"));
    assertThat(r.horizonMarginAtForecast()).isEqualTo(eur("-360.00"));
    assertThat(r.sustainableAtForecast()).isFalse();
  }

  @Test
  void a_zero_margin_never_breaks_even_instead_of_dividing_by_zero() {
    // net      = 100.00 − 10.00 (10 %) − 5.00 (5 %) = 85.00
    // variable = 50.00 + 30.00 + 5.00               = 85.00
    // margin   = 0.00 → never, per session and over the horizon
    // session at forecast = 12 × 0 − 1 000.00 = −1 000.00
    SustainabilityPlan plan =
        new SustainabilityPlan(
            Plans.typical().design(),
            Plans.typical().session(),
            new LearnerCosts(eur("50.00"), eur("30.00"), eur("5.00")),
            Plans.pricing("100.00", "10", "5"),
            new Horizon(4, 12));

    SustainabilityResult r = plan.result();

    assertThat(r.contributionMarginPerLearner()).isEqualTo(eur("0.00"));
    assertThat(r.breakEvenPerSession()).isEqualTo(BreakEven.never());
    assertThat(r.breakEvenOverHorizon()).isEqualTo(BreakEven.never());
    assertThat(r.breakEvenPerSessionOverHorizon()).isEqualTo(BreakEven.never());
    assertThat(r.breakEvenPerSession().learners()).isEmpty();
    assertThat(r.sessionMarginAtForecast()).isEqualTo(eur("-1000.00"));
    assertThat(r.horizonMarginAtForecast()).isEqualTo(eur("-9000.00"));
  }

  @Test
  void a_negative_margin_never_breaks_even_and_loses_more_with_each_learner() {
    // net      = 50.00 − 10.00 (20 %) − 0.00 = 40.00
    // variable = 30.00 + 10.00 + 5.00        = 45.00
    // margin   = −5.00 → never
    // session at forecast = 12 × −5.00 − 1 000.00   = −1 060.00
    // horizon at forecast = 48 × −5.00 − 9 000.00   = −9 240.00
    SustainabilityPlan plan =
        new SustainabilityPlan(
            Plans.typical().design(),
            Plans.typical().session(),
            new LearnerCosts(eur("30.00"), eur("10.00"), eur("5.00")),
            Plans.pricing("50.00", "20", "0"),
            new Horizon(4, 12));

    SustainabilityResult r = plan.result();

    assertThat(r.contributionMarginPerLearner()).isEqualTo(eur("-5.00"));
    assertThat(r.breakEvenPerSession().isReachable()).isFalse();
    assertThat(r.breakEvenOverHorizon().isReachable()).isFalse();
    assertThat(r.sessionMarginAtForecast()).isEqualTo(eur("-1060.00"));
    assertThat(r.horizonMarginAtForecast()).isEqualTo(eur("-9240.00"));
  }

  @Test
  void a_plan_without_fixed_costs_breaks_even_with_no_learner() {
    SustainabilityPlan plan =
        new SustainabilityPlan(
            new DesignCosts(BigDecimal.ZERO, eur("0"), eur("0")),
            new SessionCosts(BigDecimal.ZERO, eur("0"), eur("0")),
            Plans.typical().learner(),
            Plans.typical().pricing(),
            new Horizon(1, 0));

    assertThat(plan.result().breakEvenPerSession()).isEqualTo(BreakEven.at(0));
    assertThat(plan.result().breakEvenOverHorizon()).isEqualTo(BreakEven.at(0));
    assertThat(plan.result().horizonMarginAtForecast()).isEqualTo(eur("0.00"));
    assertThat(plan.result().sustainableAtForecast()).isTrue();
  }

  @Test
  void breaks_even_at_exactly_the_quotient_when_it_is_whole_and_one_more_otherwise() {
    // session fixed 1 000.00; net 250.00 − 50.00 (20 %) = 200.00; variable 0 → 1 000 / 200 = 5
    SustainabilityPlan exact =
        new SustainabilityPlan(
            Plans.typical().design(),
            Plans.typical().session(),
            new LearnerCosts(eur("0"), eur("0"), eur("0")),
            Plans.pricing("250.00", "20", "0"),
            new Horizon(1, 5));
    // one cent less of margin: 1 000 / 199.99 = 5.0003 → 6
    SustainabilityPlan justShort = exact.withPrice(eur("249.99"));

    assertThat(exact.result().breakEvenPerSession()).isEqualTo(BreakEven.at(5));
    assertThat(exact.result().sessionMarginAtForecast()).isEqualTo(eur("0.00"));
    // 249.99 × 20 % = 49.998 → 50.00, net 199.99
    assertThat(justShort.result().contributionMarginPerLearner()).isEqualTo(eur("199.99"));
    assertThat(justShort.result().breakEvenPerSession()).isEqualTo(BreakEven.at(6));
  }

  @Test
  void rounds_each_deduction_half_even_to_the_cent() {
    // 100.30 × 15 % = 15.045 → 15.04 (half-even; half-up would give 15.05)
    // 100.30 × 10 % = 10.03
    // net = 100.30 − 15.04 − 10.03 = 75.23
    SustainabilityPlan plan = Plans.typical().withPricing(Plans.pricing("100.30", "15", "10"));

    assertThat(plan.result().commissionPerLearner()).isEqualTo(eur("15.04"));
    assertThat(plan.result().netRevenuePerLearner()).isEqualTo(eur("75.23"));
  }

  @Test
  void rounds_hours_times_rate_half_even_to_the_even_cent() {
    // 2.5 h × 10.01 = 25.025 → 25.02 ; 2.5 h × 10.03 = 25.075 → 25.08
    DesignCosts down = new DesignCosts(new BigDecimal("2.5"), eur("10.01"), eur("0"));
    SessionCosts up = new SessionCosts(new BigDecimal("2.5"), eur("10.03"), eur("0"));

    SustainabilityPlan plan =
        new SustainabilityPlan(
            down, up, Plans.typical().learner(), Plans.typical().pricing(), new Horizon(1, 1));

    assertThat(plan.result().upfrontCosts()).isEqualTo(eur("25.02"));
    assertThat(plan.result().sessionFixedCosts()).isEqualTo(eur("25.08"));
  }

  @Test
  void a_price_variant_is_a_new_plan_and_leaves_the_original_alone() {
    SustainabilityPlan original = Plans.typical();

    SustainabilityPlan dearer = original.withPrice(eur("400.00"));

    // 400.00 − 80.00 − 40.00 − 30.00 = 250.00
    assertThat(dearer.contributionMarginPerLearner()).isEqualTo(eur("250.00"));
    assertThat(dearer.pricing().commissionPercent()).isEqualByComparingTo("20");
    assertThat(original.pricing().price()).isEqualTo(eur("300.00"));
  }
}
