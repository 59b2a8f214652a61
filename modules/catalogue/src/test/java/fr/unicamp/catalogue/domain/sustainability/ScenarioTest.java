package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  @Test
  void compares_price_variants_side_by_side_in_the_order_given() {
    SustainabilityPlan base = Plans.typical();

    List<ScenarioResult> columns =
        Scenario.sideBySide(
            List.of(
                Scenario.of("390 €", base.withPrice(eur("390.00"))),
                Scenario.of("300 €", base),
                Scenario.of("90 €", base.withPrice(eur("90.00")))));

    // 390: 390 − 78 − 39 − 30 = 243 → ⌈1 000 / 243 = 4.1⌉ = 5, ⌈9 000 / 243 = 37.04⌉ = 38
    // 300: margin 180 → 6 and 50 (see SustainabilityPlanTest)
    // 90:  90 − 18 − 9 − 30 = 33 → ⌈1 000 / 33 = 30.3⌉ = 31, ⌈9 000 / 33 = 272.7⌉ = 273
    assertThat(columns).extracting(ScenarioResult::name).containsExactly("390 €", "300 €", "90 €");
    assertThat(columns)
        .extracting(c -> c.result().contributionMarginPerLearner())
        .containsExactly(eur("243.00"), eur("180.00"), eur("33.00"));
    assertThat(columns)
        .extracting(c -> c.result().breakEvenPerSession())
        .containsExactly(BreakEven.at(5), BreakEven.at(6), BreakEven.at(31));
    assertThat(columns)
        .extracting(c -> c.result().breakEvenOverHorizon())
        .containsExactly(BreakEven.at(38), BreakEven.at(50), BreakEven.at(273));
  }

  @Test
  void a_scenario_may_never_break_even_beside_others_that_do() {
    SustainabilityPlan base = Plans.typical();

    List<ScenarioResult> columns =
        Scenario.sideBySide(
            List.of(Scenario.of("base", base), Scenario.of("cheap", base.withPrice(eur("30.00")))));

    // 30 − 6 − 3 − 30 = −9
    assertThat(columns.get(1).result().breakEvenPerSession()).isEqualTo(BreakEven.never());
    assertThat(columns.get(0).result().breakEvenPerSession()).isEqualTo(BreakEven.at(6));
  }

  @Test
  void refuses_scenarios_without_a_name_or_with_the_same_name() {
    SustainabilityPlan base = Plans.typical();

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Scenario.sideBySide(
                    List.of(
                        Scenario.of("A", base),
                        Scenario.of(" ", base),
                        Scenario.of("A ", base),
                        Scenario.of("B", null))));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("scenarios[1].name", "error.required"),
            FieldError.of("scenarios[2].name", "error.plan.scenario"),
            FieldError.of("scenarios[3].plan", "error.required"));
  }

  @Test
  void compares_nothing_to_an_empty_list() {
    assertThat(Scenario.sideBySide(List.of())).isEmpty();
  }
}
