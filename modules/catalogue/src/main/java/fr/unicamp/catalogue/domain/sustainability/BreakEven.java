package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * The number of learners from which revenue covers the costs, in whole learners rounded up; or
 * "never" when each learner brings no positive contribution, so that no number of learners will
 * ever cover the fixed costs. Never a division by zero.
 */
public final class BreakEven {

  private static final BreakEven NEVER = new BreakEven(-1);

  private final long learners;

  private BreakEven(long learners) {
    this.learners = learners;
  }

  public static BreakEven never() {
    return NEVER;
  }

  public static BreakEven at(long learners) {
    if (learners < 0) {
      throw new IllegalArgumentException("a break-even count cannot be negative: " + learners);
    }
    return new BreakEven(learners);
  }

  /**
   * The smallest number of learners whose margins cover {@code fixedCosts}: ⌈fixed ÷ margin⌉; never
   * when the margin per learner is zero or negative, even with no fixed costs, because then no
   * learner is worth having.
   */
  public static BreakEven covering(Money fixedCosts, Money marginPerLearner) {
    if (!marginPerLearner.isPositive()) {
      return never();
    }
    BigDecimal count =
        fixedCosts.amount().divide(marginPerLearner.amount(), 0, RoundingMode.CEILING);
    return at(Math.max(0, count.longValueExact()));
  }

  public boolean isReachable() {
    return learners >= 0;
  }

  public OptionalLong learners() {
    return isReachable() ? OptionalLong.of(learners) : OptionalLong.empty();
  }

  /** This total spread over {@code sessions}, rounded up: the learners each session needs. */
  public BreakEven perSession(int sessions) {
    if (sessions < 1) {
      throw new IllegalArgumentException("sessions must be positive: " + sessions);
    }
    if (!isReachable()) {
      return this;
    }
    return at((learners + sessions - 1) / sessions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BreakEven b && b.learners == learners;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(learners);
  }

  @Override
  public String toString() {
    return isReachable() ? learners + " learners" : "never";
  }
}
