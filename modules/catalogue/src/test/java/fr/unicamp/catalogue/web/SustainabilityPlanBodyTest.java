package fr.unicamp.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SustainabilityPlanBodyTest {

  private static SustainabilityPlanBody body(String price, String hours, Integer sessions) {
    return new SustainabilityPlanBody(
        new SustainabilityPlanBody.Design(new BigDecimal(hours), "50.00", "3000.00"),
        new SustainabilityPlanBody.Session(BigDecimal.TEN, "45.00", "0.00"),
        new SustainabilityPlanBody.Learner("10.00", "15.00", "5.00"),
        new SustainabilityPlanBody.Price(price, BigDecimal.TEN, new BigDecimal("5")),
        new SustainabilityPlanBody.Sessions(sessions, 12));
  }

  @Test
  void reads_a_plan_and_writes_it_back_the_same() {
    SustainabilityPlan plan = body("200.00", "40", 4).toPlan();

    assertThat(plan.pricing().price()).isEqualTo(Money.eur("200.00"));
    assertThat(plan.pricing().netRevenue()).isEqualTo(Money.eur("170.00"));
    assertThat(SustainabilityPlanBody.of(plan)).isEqualTo(body("200.00", "40", 4));
  }

  @Test
  void reports_an_unreadable_field_once_with_the_plans_own_rules() {
    var refused =
        catchThrowableOfType(() -> body("200", "1.255", 0).toPlan(), RuleViolationException.class);

    assertThat(refused.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "design.hours:error.plan.number-format",
            "pricing.price:error.money.format",
            "horizon.sessions:error.plan.sessions");
  }

  @Test
  void a_missing_session_count_is_required_not_zero() {
    var refused =
        catchThrowableOfType(
            () -> body("200.00", "40", null).toPlan(), RuleViolationException.class);

    assertThat(refused.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly("horizon.sessions:error.required");
  }
}
