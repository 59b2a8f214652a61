package fr.unicamp.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnexRequestTest {

  private static AnnexRequest with(String participationForm, String price) {
    return new AnnexRequest(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        participationForm,
        null,
        null,
        null,
        null,
        price,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void reads_codes_and_a_price_with_two_decimals() {
    var elements = with("BLENDED", "120.00").toElements();
    assertThat(elements.participationForm()).isEqualTo(ParticipationForm.BLENDED);
    assertThat(elements.price()).isEqualTo(Money.eur("120.00"));
    assertThat(elements.issuerCountry()).as("France by default").isEqualTo("FR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "12.5", "-1.00", "1,50", "120.000", "EUR 3.00"})
  void refuses_a_price_that_is_not_euros_with_two_decimals(String price) {
    var error =
        catchThrowableOfType(RuleViolationException.class, () -> with(null, price).toElements());
    assertThat(error.fieldErrors()).containsExactly(FieldError.of("price", "error.price.format"));
  }

  @Test
  void names_the_allowed_codes_when_one_is_unknown() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> with("online", "1.00").toElements());
    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of(
                "participationForm", "error.code.unknown", "online", "ONLINE, BLENDED, ONSITE"));
  }
}
