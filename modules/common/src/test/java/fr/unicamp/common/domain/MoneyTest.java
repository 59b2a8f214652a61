package fr.unicamp.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keeps_two_decimals_and_rounds_half_even() {
    assertThat(Money.eur("12.5").amount()).isEqualByComparingTo("12.50");
    assertThat(Money.eur("12.5").toString()).isEqualTo("12.50 EUR");
    assertThat(Money.eur("0.125").amount()).isEqualTo(new BigDecimal("0.12"));
    assertThat(Money.eur("0.135").amount()).isEqualTo(new BigDecimal("0.14"));
  }

  @Test
  void multiplies_then_rounds_once() {
    assertThat(Money.eur("19.99").times(new BigDecimal("0.15")).amount())
        .isEqualTo(new BigDecimal("3.00"));
  }

  @Test
  void adds_and_subtracts_in_the_same_currency() {
    assertThat(Money.eur("10.00").plus(Money.eur("2.35")).minus(Money.eur("0.35")))
        .isEqualTo(Money.eur("12.00"));
  }

  @Test
  void refuses_to_mix_currencies() {
    Money dollars = new Money(BigDecimal.ONE, Currency.getInstance("USD"));
    assertThatThrownBy(() -> Money.eur("1").plus(dollars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }
}
