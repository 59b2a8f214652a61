package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.common.domain.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The inputs of a sustainability plan as the edit page holds them, amounts in euros. A part whose
 * inputs are all empty reaches the plan as missing, which the plan reports on that part.
 */
public class PlanForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal designHours;
  private BigDecimal designHourlyCost;
  private BigDecimal productionCosts;
  private BigDecimal tutoringHours;
  private BigDecimal tutoringRate;
  private BigDecimal otherSessionCosts;
  private BigDecimal platform;
  private BigDecimal assessment;
  private BigDecimal certificate;
  private BigDecimal price;
  private BigDecimal commissionPercent;
  private BigDecimal consortiumSharePercent;
  private Integer sessions;
  private Integer forecastLearnersPerSession;

  static PlanForm of(SustainabilityPlan p) {
    PlanForm f = new PlanForm();
    f.designHours = p.design().hours();
    f.designHourlyCost = p.design().hourlyCost().amount();
    f.productionCosts = p.design().productionCosts().amount();
    f.tutoringHours = p.session().tutoringHours();
    f.tutoringRate = p.session().tutoringRate().amount();
    f.otherSessionCosts = p.session().otherCosts().amount();
    f.platform = p.learner().platform().amount();
    f.assessment = p.learner().assessment().amount();
    f.certificate = p.learner().certificate().amount();
    f.price = p.pricing().price().amount();
    f.commissionPercent = p.pricing().commissionPercent();
    f.consortiumSharePercent = p.pricing().consortiumSharePercent();
    f.sessions = p.horizon().sessions();
    f.forecastLearnersPerSession = p.horizon().forecastLearnersPerSession();
    return f;
  }

  /** The plan, or the plan's rule violation listing every missing or wrong input. */
  SustainabilityPlan toPlan() {
    return new SustainabilityPlan(
        new DesignCosts(designHours, eur(designHourlyCost), eur(productionCosts)),
        new SessionCosts(tutoringHours, eur(tutoringRate), eur(otherSessionCosts)),
        new LearnerCosts(eur(platform), eur(assessment), eur(certificate)),
        new Pricing(eur(price), commissionPercent, consortiumSharePercent),
        new Horizon(
            sessions == null ? 0 : sessions,
            forecastLearnersPerSession == null ? 0 : forecastLearnersPerSession));
  }

  private static Money eur(BigDecimal amount) {
    return amount == null ? null : Money.eur(amount);
  }

  public BigDecimal getDesignHours() {
    return designHours;
  }

  public void setDesignHours(BigDecimal designHours) {
    this.designHours = designHours;
  }

  public BigDecimal getDesignHourlyCost() {
    return designHourlyCost;
  }

  public void setDesignHourlyCost(BigDecimal designHourlyCost) {
    this.designHourlyCost = designHourlyCost;
  }

  public BigDecimal getProductionCosts() {
    return productionCosts;
  }

  public void setProductionCosts(BigDecimal productionCosts) {
    this.productionCosts = productionCosts;
  }

  public BigDecimal getTutoringHours() {
    return tutoringHours;
  }

  public void setTutoringHours(BigDecimal tutoringHours) {
    this.tutoringHours = tutoringHours;
  }

  public BigDecimal getTutoringRate() {
    return tutoringRate;
  }

  public void setTutoringRate(BigDecimal tutoringRate) {
    this.tutoringRate = tutoringRate;
  }

  public BigDecimal getOtherSessionCosts() {
    return otherSessionCosts;
  }

  public void setOtherSessionCosts(BigDecimal otherSessionCosts) {
    this.otherSessionCosts = otherSessionCosts;
  }

  public BigDecimal getPlatform() {
    return platform;
  }

  public void setPlatform(BigDecimal platform) {
    this.platform = platform;
  }

  public BigDecimal getAssessment() {
    return assessment;
  }

  public void setAssessment(BigDecimal assessment) {
    this.assessment = assessment;
  }

  public BigDecimal getCertificate() {
    return certificate;
  }

  public void setCertificate(BigDecimal certificate) {
    this.certificate = certificate;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public BigDecimal getCommissionPercent() {
    return commissionPercent;
  }

  public void setCommissionPercent(BigDecimal commissionPercent) {
    this.commissionPercent = commissionPercent;
  }

  public BigDecimal getConsortiumSharePercent() {
    return consortiumSharePercent;
  }

  public void setConsortiumSharePercent(BigDecimal consortiumSharePercent) {
    this.consortiumSharePercent = consortiumSharePercent;
  }

  public Integer getSessions() {
    return sessions;
  }

  public void setSessions(Integer sessions) {
    this.sessions = sessions;
  }

  public Integer getForecastLearnersPerSession() {
    return forecastLearnersPerSession;
  }

  public void setForecastLearnersPerSession(Integer forecastLearnersPerSession) {
    this.forecastLearnersPerSession = forecastLearnersPerSession;
  }
}
