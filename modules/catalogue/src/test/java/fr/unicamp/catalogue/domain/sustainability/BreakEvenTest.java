package fr.unicamp.catalogue.domain.sustainability;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BreakEvenTest {

  @Test
  void rounds_a_fractional_count_up_to_the_next_whole_learner() {
    assertThat(BreakEven.covering(eur("100.00"), eur("33.00"))).isEqualTo(BreakEven.at(4));
    assertThat(BreakEven.covering(eur("99.00"), eur("33.00"))).isEqualTo(BreakEven.at(3));
    assertThat(BreakEven.covering(eur("0.01"), eur("1000.00"))).isEqualTo(BreakEven.at(1));
  }

  @Test
  void never_breaks_even_on_a_zero_or_negative_margin_even_without_fixed_costs() {
    assertThat(BreakEven.covering(eur("100.00"), eur("0.00"))).isEqualTo(BreakEven.never());
    assertThat(BreakEven.covering(eur("0.00"), eur("-0.01"))).isEqualTo(BreakEven.never());
    assertThat(BreakEven.never().perSession(3)).isEqualTo(BreakEven.never());
    assertThat(BreakEven.never()).hasToString("never");
  }

  @Test
  void spreads_a_total_over_sessions_rounding_up() {
    assertThat(BreakEven.at(50).perSession(4)).isEqualTo(BreakEven.at(13));
    assertThat(BreakEven.at(48).perSession(4)).isEqualTo(BreakEven.at(12));
    assertThat(BreakEven.at(0).perSession(4)).isEqualTo(BreakEven.at(0));
    assertThat(BreakEven.at(12).learners()).hasValue(12);
  }

  @Test
  void refuses_a_negative_count_or_no_sessions() {
    assertThatIllegalArgumentException().isThrownBy(() -> BreakEven.at(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> BreakEven.at(5).perSession(0));
  }

  @Test
  void copes_with_counts_beyond_an_int() {
    // 100 000 000.00 / 0.01 = 10 000 000 000 learners: absurd, but not an overflow
    assertThat(BreakEven.covering(eur("100000000.00"), eur("0.01")).learners())
        .hasValue(10_000_000_000L);
  }
}
