package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SustainabilityPlanValidationTest {

  @Test
  void reports_every_broken_rule_of_a_plan_at_once() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                new SustainabilityPlan(
                    new DesignCosts(new BigDecimal("-1"), eur("-50.00"), eur("0")),
                    new SessionCosts(BigDecimal.ONE, eur("45.00"), null),
                    new LearnerCosts(eur("10.00"), eur("-0.01"), eur("5.00")),
                    Plans.pricing("-300.00", "120", "-1"),
                    new Horizon(0, -3)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("design.hours", "error.plan.negative"),
            FieldError.of("design.hourlyCost", "error.plan.negative"),
            FieldError.of("session.otherCosts", "error.required"),
            FieldError.of("learner.assessment", "error.plan.negative"),
            FieldError.of("pricing.price", "error.plan.negative"),
            FieldError.of("pricing.commissionPercent", "error.plan.percentage", 0, 100),
            FieldError.of("pricing.consortiumSharePercent", "error.plan.percentage", 0, 100),
            FieldError.of("horizon.sessions", "error.plan.sessions"),
            FieldError.of("horizon.forecastLearnersPerSession", "error.plan.negative"));
  }

  @Test
  void refuses_a_commission_and_share_above_one_hundred_percent_together() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> Plans.typical().withPricing(Plans.pricing("300.00", "60", "40.01")));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("pricing", "error.plan.percentages-total"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100", "99.99", "0.5"})
  void accepts_percentages_from_zero_to_one_hundred_inclusive(String percent) {
    SustainabilityPlan plan = Plans.typical().withPricing(Plans.pricing("300.00", percent, "0"));

    assertThat(plan.pricing().commissionPercent()).isEqualByComparingTo(percent);
  }

  @Test
  void a_whole_price_taken_by_commission_and_share_leaves_nothing() {
    SustainabilityPlan plan = Plans.typical().withPricing(Plans.pricing("300.00", "70", "30"));

    assertThat(plan.result().netRevenuePerLearner()).isEqualTo(eur("0.00"));
    assertThat(plan.result().breakEvenPerSession()).isEqualTo(BreakEven.never());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "100.01", "250"})
  void refuses_a_percentage_outside_zero_to_one_hundred(String percent) {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> Plans.typical().withPricing(Plans.pricing("300.00", "10", percent)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("pricing.consortiumSharePercent", "error.plan.percentage", 0, 100));
  }

  @Test
  void refuses_a_horizon_without_sessions_and_leaves_the_original_plan_unchanged() {
    SustainabilityPlan plan = Plans.typical();

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> plan.withHorizon(new Horizon(0, 12)));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("horizon.sessions", "error.plan.sessions"));
    assertThat(plan.horizon()).isEqualTo(new Horizon(4, 12));
  }

  @Test
  void refuses_amounts_in_another_currency() {
    Money dollars = new Money(new BigDecimal("10.00"), Currency.getInstance("USD"));

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                new SustainabilityPlan(
                    Plans.typical().design(),
                    Plans.typical().session(),
                    new LearnerCosts(dollars, eur("0"), eur("0")),
                    Plans.typical().pricing(),
                    Plans.typical().horizon()));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("learner.platform", "error.plan.currency"));
  }

  @Test
  void reports_missing_parts_by_name() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> new SustainabilityPlan(null, null, null, null, null));

    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("design", "session", "learner", "pricing", "horizon");
  }
}
