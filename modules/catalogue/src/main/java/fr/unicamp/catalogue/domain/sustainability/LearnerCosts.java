package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;

/** What each additional learner costs: platform seat, proctoring or assessment, certificate. */
public record LearnerCosts(Money platform, Money assessment, Money certificate) {

  public Money total() {
    return platform.plus(assessment).plus(certificate);
  }
}
