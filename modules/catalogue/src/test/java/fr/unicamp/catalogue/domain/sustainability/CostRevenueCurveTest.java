package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostRevenueCurveTest {

  @Test
  void charts_one_session_from_its_fixed_costs_up() {
    // cost = 1 000 + 30 n ; revenue = 210 n ; crossing between 5 and 6 (break-even 6)
    List<CostRevenuePoint> points =
        Plans.typical().costRevenueCurve(ChartScope.ONE_SESSION, 0, 10, 5);

    assertThat(points)
        .extracting(CostRevenuePoint::learners, CostRevenuePoint::totalCost, p -> p.totalRevenue())
        .containsExactly(
            tuple(0, eur("1000.00"), eur("0.00")),
            tuple(5, eur("1150.00"), eur("1050.00")),
            tuple(10, eur("1300.00"), eur("2100.00")));
  }

  @Test
  void charts_the_horizon_with_the_curves_meeting_at_the_break_even() {
    // cost = 9 000 + 30 n ; revenue = 210 n ; equal at n = 50
    List<CostRevenuePoint> points = Plans.typical().costRevenueCurve(ChartScope.HORIZON, 49, 51, 1);

    assertThat(points)
        .extracting(CostRevenuePoint::learners, CostRevenuePoint::margin)
        .containsExactly(
            tuple(49, eur("-180.00")), tuple(50, eur("0.00")), tuple(51, eur("180.00")));
  }

  @Test
  void always_ends_the_chart_on_the_last_count_asked_for() {
    List<CostRevenuePoint> points =
        Plans.typical().costRevenueCurve(ChartScope.ONE_SESSION, 0, 12, 5);

    assertThat(points).extracting(CostRevenuePoint::learners).containsExactly(0, 5, 10, 12);
  }

  @Test
  void charts_a_single_point_when_the_range_is_one_count() {
    assertThat(Plans.typical().costRevenueCurve(ChartScope.ONE_SESSION, 7, 7, 1))
        .extracting(CostRevenuePoint::learners)
        .containsExactly(7);
  }

  @Test
  void refuses_a_backwards_range_a_null_step_and_a_missing_scope_together() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> Plans.typical().costRevenueCurve(null, -1, -2, 0));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("scope", "error.required"),
            FieldError.of("fromLearners", "error.plan.negative"),
            FieldError.of("toLearners", "error.plan.chart-range"),
            FieldError.of("step", "error.plan.chart-step"));
  }

  @Test
  void refuses_more_points_than_a_chart_can_show() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> Plans.typical().costRevenueCurve(ChartScope.HORIZON, 0, 1_000_000, 1));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("step", "error.plan.chart-points", 1000));
  }
}
