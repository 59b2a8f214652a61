package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inputs of a sustainability plan in JSON, as {@code PUT .../{id}/sustainability-plan} takes
 * them and {@code GET} returns them. Amounts are strings in euros with two decimals ("1234.50"),
 * hours and percentages are numbers with at most two decimals. The field paths of errors are those
 * of this body ({@code pricing.commissionPercent}).
 */
public record SustainabilityPlanBody(
    Design design, Session session, Learner learner, Price pricing, Sessions horizon) {

  /** What designing and producing the course costs once. */
  public record Design(BigDecimal hours, String hourlyCost, String productionCosts) {}

  /** What each session costs whatever its size. */
  public record Session(BigDecimal tutoringHours, String tutoringRate, String otherCosts) {}

  /** What each learner costs. */
  public record Learner(String platform, String assessment, String certificate) {}

  /** The price and what the marketplace and the consortium take from it, in percent. */
  public record Price(
      String price, BigDecimal commissionPercent, BigDecimal consortiumSharePercent) {}

  /** How many sessions the plan covers and the learners expected in each. */
  public record Sessions(Integer sessions, Integer forecastLearnersPerSession) {}

  static final int MAX_SESSIONS = 1_000;
  static final int MAX_LEARNERS_PER_SESSION = 100_000;
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999.99");

  /**
   * The plan, or one rule violation listing every field that cannot be read together with every
   * rule of the plan that the readable fields break.
   */
  SustainabilityPlan toPlan() {
    List<FieldError> unreadable = new ArrayList<>();
    Reader r = new Reader(unreadable);
    DesignCosts designCosts =
        design == null
            ? null
            : new DesignCosts(
                r.quantity(design.hours(), "design.hours"),
                r.money(design.hourlyCost(), "design.hourlyCost"),
                r.money(design.productionCosts(), "design.productionCosts"));
    SessionCosts sessionCosts =
        session == null
            ? null
            : new SessionCosts(
                r.quantity(session.tutoringHours(), "session.tutoringHours"),
                r.money(session.tutoringRate(), "session.tutoringRate"),
                r.money(session.otherCosts(), "session.otherCosts"));
    LearnerCosts learnerCosts =
        learner == null
            ? null
            : new LearnerCosts(
                r.money(learner.platform(), "learner.platform"),
                r.money(learner.assessment(), "learner.assessment"),
                r.money(learner.certificate(), "learner.certificate"));
    Pricing price =
        pricing == null
            ? null
            : new Pricing(
                r.money(pricing.price(), "pricing.price"),
                r.quantity(pricing.commissionPercent(), "pricing.commissionPercent"),
                r.quantity(pricing.consortiumSharePercent(), "pricing.consortiumSharePercent"));
    Horizon sessions =
        horizon == null
            ? null
            : new Horizon(
                r.count(horizon.sessions(), "horizon.sessions", MAX_SESSIONS),
                r.count(
                    horizon.forecastLearnersPerSession(),
                    "horizon.forecastLearnersPerSession",
                    MAX_LEARNERS_PER_SESSION));
    try {
      SustainabilityPlan plan =
          new SustainabilityPlan(designCosts, sessionCosts, learnerCosts, price, sessions);
      if (!unreadable.isEmpty()) {
        throw new RuleViolationException(unreadable);
      }
      return plan;
    } catch (RuleViolationException broken) {
      if (unreadable.isEmpty()) {
        throw broken;
      }
      // an unreadable field reaches the plan as missing: report why it is unreadable, once
      Set<String> reported = unreadable.stream().map(FieldError::field).collect(Collectors.toSet());
      List<FieldError> all = new ArrayList<>(unreadable);
      broken.fieldErrors().stream().filter(e -> !reported.contains(e.field())).forEach(all::add);
      throw new RuleViolationException(all);
    }
  }

  static SustainabilityPlanBody of(SustainabilityPlan plan) {
    return new SustainabilityPlanBody(
        new Design(
            plan.design().hours(),
            text(plan.design().hourlyCost()),
            text(plan.design().productionCosts())),
        new Session(
            plan.session().tutoringHours(),
            text(plan.session().tutoringRate()),
            text(plan.session().otherCosts())),
        new Learner(
            text(plan.learner().platform()),
            text(plan.learner().assessment()),
            text(plan.learner().certificate())),
        new Price(
            text(plan.pricing().price()),
            plan.pricing().commissionPercent(),
            plan.pricing().consortiumSharePercent()),
        new Sessions(plan.horizon().sessions(), plan.horizon().forecastLearnersPerSession()));
  }

  static String text(Money money) {
    return money.amount().toPlainString();
  }

  /** Reads the JSON values, noting those that cannot be stored as they are. */
  private record Reader(List<FieldError> unreadable) {

    Money money(String value, String field) {
      if (value == null) {
        return null;
      }
      // a sign is let through so that the plan reports a negative amount as such
      if (!value.matches("-?[0-9]{1,8}\\.[0-9]{2}")) {
        unreadable.add(FieldError.of(field, "error.money.format"));
        return null;
      }
      return Money.eur(value);
    }

    BigDecimal quantity(BigDecimal value, String field) {
      if (value != null && (value.scale() > 2 || value.abs().compareTo(MAX_QUANTITY) > 0)) {
        unreadable.add(FieldError.of(field, "error.plan.number-format", MAX_QUANTITY));
        return null;
      }
      return value;
    }

    int count(Integer value, String field, int max) {
      if (value == null) {
        unreadable.add(FieldError.of(field, "error.required"));
        return 0;
      }
      if (value > max) {
        unreadable.add(FieldError.of(field, "error.range", 0, max));
        return 0;
      }
      return value;
    }
  }
}
