package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.common.domain.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * How a micro-certification stores the inputs of its {@link SustainabilityPlan}: columns of its own
 * row, since it has at most one plan. Amounts are euros; the results are never stored, they are
 * worked out from these on every read.
 */
@Embeddable
public class SustainabilityPlanColumns {

  @Column(name = "plan_design_hours", precision = 8, scale = 2)
  private BigDecimal designHours;

  @Column(name = "plan_design_hourly_cost", precision = 10, scale = 2)
  private BigDecimal designHourlyCost;

  @Column(name = "plan_production_costs", precision = 12, scale = 2)
  private BigDecimal productionCosts;

  @Column(name = "plan_tutoring_hours", precision = 8, scale = 2)
  private BigDecimal tutoringHours;

  @Column(name = "plan_tutoring_rate", precision = 10, scale = 2)
  private BigDecimal tutoringRate;

  @Column(name = "plan_session_other_costs", precision = 12, scale = 2)
  private BigDecimal sessionOtherCosts;

  @Column(name = "plan_platform_cost", precision = 10, scale = 2)
  private BigDecimal platformCost;

  @Column(name = "plan_assessment_cost", precision = 10, scale = 2)
  private BigDecimal assessmentCost;

  @Column(name = "plan_certificate_cost", precision = 10, scale = 2)
  private BigDecimal certificateCost;

  @Column(name = "plan_price", precision = 10, scale = 2)
  private BigDecimal price;

  @Column(name = "plan_commission_percent", precision = 5, scale = 2)
  private BigDecimal commissionPercent;

  @Column(name = "plan_consortium_share_percent", precision = 5, scale = 2)
  private BigDecimal consortiumSharePercent;

  @Column(name = "plan_sessions")
  private Integer sessions;

  @Column(name = "plan_forecast_learners")
  private Integer forecastLearnersPerSession;

  protected SustainabilityPlanColumns() {}

  static SustainabilityPlanColumns of(SustainabilityPlan plan) {
    SustainabilityPlanColumns c = new SustainabilityPlanColumns();
    c.designHours = plan.design().hours();
    c.designHourlyCost = plan.design().hourlyCost().amount();
    c.productionCosts = plan.design().productionCosts().amount();
    c.tutoringHours = plan.session().tutoringHours();
    c.tutoringRate = plan.session().tutoringRate().amount();
    c.sessionOtherCosts = plan.session().otherCosts().amount();
    c.platformCost = plan.learner().platform().amount();
    c.assessmentCost = plan.learner().assessment().amount();
    c.certificateCost = plan.learner().certificate().amount();
    c.price = plan.pricing().price().amount();
    c.commissionPercent = plan.pricing().commissionPercent();
    c.consortiumSharePercent = plan.pricing().consortiumSharePercent();
    c.sessions = plan.horizon().sessions();
    c.forecastLearnersPerSession = plan.horizon().forecastLearnersPerSession();
    return c;
  }

  /** Whether a plan was stored: the columns are written all together, so one tells. */
  boolean isSet() {
    return sessions != null;
  }

  SustainabilityPlan toPlan() {
    return new SustainabilityPlan(
        new DesignCosts(designHours, Money.eur(designHourlyCost), Money.eur(productionCosts)),
        new SessionCosts(tutoringHours, Money.eur(tutoringRate), Money.eur(sessionOtherCosts)),
        new LearnerCosts(
            Money.eur(platformCost), Money.eur(assessmentCost), Money.eur(certificateCost)),
        new Pricing(Money.eur(price), commissionPercent, consortiumSharePercent),
        new Horizon(sessions, forecastLearnersPerSession));
  }
}
