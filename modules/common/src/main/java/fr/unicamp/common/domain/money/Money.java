package fr.unicamp.common.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency, always held at the currency's scale (two decimals for EUR). */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public static final Currency EUR = Currency.getInstance("EUR");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }

  public static Money eur(String amount) {
    return new Money(new BigDecimal(amount), EUR);
  }

  public static Money eur(BigDecimal amount) {
    return new Money(amount, EUR);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** Multiplies, then rounds half-even once to the cent. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
    }
    return other;
  }

  /** The amount with the currency's decimals and the currency code ("12.50 EUR"). */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
