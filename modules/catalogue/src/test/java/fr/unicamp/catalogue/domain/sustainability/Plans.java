package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;

import java.math.BigDecimal;

/** Hand-computable plans shared by the tests. */
final class Plans {

  private Plans() {}

  /**
   * Design 40 h × 50.00 + production 3 000.00 = 5 000.00 upfront; a session: tutoring 20 h × 45.00
   * + 100.00 = 1 000.00; a learner: 10.00 + 15.00 + 5.00 = 30.00; price 300.00 less 20 % (60.00)
   * and 10 % (30.00) = 210.00 net, so a margin of 180.00; 4 sessions of 12 forecast learners.
   */
  static SustainabilityPlan typical() {
    return new SustainabilityPlan(
        new DesignCosts(new BigDecimal("40"), eur("50.00"), eur("3000.00")),
        new SessionCosts(new BigDecimal("20"), eur("45.00"), eur("100.00")),
        new LearnerCosts(eur("10.00"), eur("15.00"), eur("5.00")),
        new Pricing(eur("300.00"), new BigDecimal("20"), new BigDecimal("10")),
        new Horizon(4, 12));
  }

  static Pricing pricing(String price, String commission, String share) {
    return new Pricing(eur(price), new BigDecimal(commission), new BigDecimal(share));
  }
}
