package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;

/**
 * The rules a {@link SustainabilityPlan} must keep, all checked before one exception lists every
 * failure. Field paths follow the plan's components ({@code pricing.commissionPercent}).
 */
final class PlanValidation {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Rules rules = new Rules();

  private PlanValidation() {}

  static void check(
      DesignCosts design,
      SessionCosts session,
      LearnerCosts learner,
      Pricing pricing,
      Horizon horizon) {
    PlanValidation v = new PlanValidation();
    if (v.present(design, "design")) {
      v.quantity(design.hours(), "design.hours");
      v.amount(design.hourlyCost(), "design.hourlyCost");
      v.amount(design.productionCosts(), "design.productionCosts");
    }
    if (v.present(session, "session")) {
      v.quantity(session.tutoringHours(), "session.tutoringHours");
      v.amount(session.tutoringRate(), "session.tutoringRate");
      v.amount(session.otherCosts(), "session.otherCosts");
    }
    if (v.present(learner, "learner")) {
      v.amount(learner.platform(), "learner.platform");
      v.amount(learner.assessment(), "learner.assessment");
      v.amount(learner.certificate(), "learner.certificate");
    }
    if (v.present(pricing, "pricing")) {
      v.amount(pricing.price(), "pricing.price");
      boolean commission = v.percentage(pricing.commissionPercent(), "pricing.commissionPercent");
      boolean share =
          v.percentage(pricing.consortiumSharePercent(), "pricing.consortiumSharePercent");
      if (commission && share) {
        v.rules.require(
            pricing.commissionPercent().add(pricing.consortiumSharePercent()).compareTo(HUNDRED)
                <= 0,
            "pricing",
            "error.plan.percentages-total");
      }
    }
    if (v.present(horizon, "horizon")) {
      v.rules.require(horizon.sessions() >= 1, "horizon.sessions", "error.plan.sessions");
      v.rules.require(
          horizon.forecastLearnersPerSession() >= 0,
          "horizon.forecastLearnersPerSession",
          "error.plan.negative");
    }
    v.rules.throwIfAny();
  }

  private boolean present(Object value, String field) {
    rules.require(value != null, field, "error.required");
    return value != null;
  }

  private void quantity(BigDecimal value, String field) {
    if (present(value, field)) {
      rules.require(value.signum() >= 0, field, "error.plan.negative");
    }
  }

  private void amount(Money value, String field) {
    if (!present(value, field)) {
      return;
    }
    rules.require(value.currency().equals(Money.EUR), field, "error.plan.currency");
    rules.require(value.amount().signum() >= 0, field, "error.plan.negative");
  }

  private boolean percentage(BigDecimal value, String field) {
    if (!present(value, field)) {
      return false;
    }
    boolean inRange = value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    rules.require(inRange, field, "error.plan.percentage", 0, 100);
    return inRange;
  }
}
