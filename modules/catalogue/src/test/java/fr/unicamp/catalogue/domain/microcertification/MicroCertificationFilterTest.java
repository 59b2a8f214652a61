package fr.unicamp.catalogue.domain.microcertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class MicroCertificationFilterTest {

  @Test
  void reports_every_wrong_criterion_at_once() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> new MicroCertificationFilter(null, null, 20, 10, 9, "x".repeat(101)));

    assertThat(error.fieldErrors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            tuple("maxHours", "error.filter.hours-order"),
            tuple("eqfLevel", "error.range"),
            tuple("q", "error.text.too-long"));
  }

  @Test
  void rejects_negative_hours() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> new MicroCertificationFilter(null, null, -1, null, null, null));

    assertThat(error.fieldErrors()).extracting(FieldError::field).containsExactly("minHours");
  }

  @Test
  void a_blank_text_is_no_criterion() {
    assertThat(new MicroCertificationFilter(null, null, null, null, null, "  ").text()).isNull();
  }

  @Test
  void escapes_like_wildcards_typed_by_the_user() {
    var filter = new MicroCertificationFilter(null, null, null, null, null, " 100% Data_Sci! ");

    assertThat(filter.textPattern()).isEqualTo("%100!% data!_sci!!%");
  }
}
