package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.sustainability.BreakEven;
import fr.unicamp.catalogue.domain.sustainability.ChartScope;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityResult;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.webapp.i18n.Messages;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the stored plan works out to, as the plan tab shows it: amounts in the user's format, a
 * break-even that is never reached said in words, and the cost-and-revenue chart of one session or
 * the whole horizon.
 */
public class PlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** As the REST curve: to twice the forecast, at least this far, in about 20 intervals. */
  static final int MIN_TO = 10;

  static final int INTERVALS = 20;

  private transient SustainabilityPlan plan;
  private transient SustainabilityResult result;
  private Locale locale = Locale.FRENCH;
  private ChartScope scope = ChartScope.ONE_SESSION;

  void show(SustainabilityPlan stored, Locale userLocale) {
    plan = stored;
    result = stored == null ? null : stored.result();
    locale = userLocale;
  }

  public boolean isPresent() {
    return result != null;
  }

  public String getMargin() {
    return money(result.contributionMarginPerLearner());
  }

  public String getNetRevenue() {
    return money(result.netRevenuePerLearner());
  }

  public String getVariableCosts() {
    return money(result.variableCostsPerLearner());
  }

  public String getHorizonFixedCosts() {
    return money(result.horizonFixedCosts());
  }

  public String getBreakEvenPerSession() {
    return learners(result.breakEvenPerSession());
  }

  public String getBreakEvenOverHorizon() {
    return learners(result.breakEvenOverHorizon());
  }

  public String getSessionMarginAtForecast() {
    return money(result.sessionMarginAtForecast());
  }

  public String getHorizonMarginAtForecast() {
    return money(result.horizonMarginAtForecast());
  }

  public boolean isBreaksEven() {
    return result.breakEvenOverHorizon().isReachable();
  }

  public boolean isSustainableAtForecast() {
    return result.sustainableAtForecast();
  }

  /** The Chart.js configuration of the cost and revenue curves in the chosen scope. */
  public String getChart() {
    int forecast =
        scope == ChartScope.ONE_SESSION
            ? plan.horizon().forecastLearnersPerSession()
            : plan.horizon().forecastLearners();
    int to = Math.max(MIN_TO, 2 * forecast);
    int step = Math.max(1, to / INTERVALS);
    return CostRevenueChart.json(
        plan.costRevenueCurve(scope, 0, to, step),
        text("catalogue.plan.chart.cost"),
        text("catalogue.plan.chart.revenue"),
        text("catalogue.plan.chart.learners"));
  }

  public ChartScope getScope() {
    return scope;
  }

  public void setScope(ChartScope scope) {
    this.scope = scope == null ? ChartScope.ONE_SESSION : scope;
  }

  public ChartScope[] getScopes() {
    return ChartScope.values();
  }

  private String money(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(money.currency());
    return format.format(money.amount());
  }

  private String learners(BreakEven breakEven) {
    return breakEven.isReachable()
        ? text("catalogue.plan.learners", breakEven.learners().getAsLong())
        : text("catalogue.plan.never");
  }

  private String text(String key, Object... arguments) {
    return Messages.text(locale, key, List.of(arguments));
  }
}
