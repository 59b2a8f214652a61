package fr.unicamp.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the approve body reads its review. */
class TransitionRequestTest {

  private static TransitionRequest approve(String verdict) {
    return new TransitionRequest(null, "Pr. Martin", "2026-01-15", verdict, "Avis", null, null);
  }

  @Test
  void reads_the_verdict_of_the_review() {
    var review = approve(" FAVOURABLE_WITH_RESERVATIONS ").review();

    assertThat(review.verdict()).isEqualTo(ReviewVerdict.FAVOURABLE_WITH_RESERVATIONS);
    assertThat(review.reviewedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(approve(null).review().verdict()).isNull();
    assertThat(approve(" ").review().verdict()).isNull();
  }

  @Test
  void refuses_an_unknown_verdict_on_its_field() {
    var error =
        catchThrowableOfType(RuleViolationException.class, () -> approve("POSITIVE").review());

    assertThat(error.fieldErrors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(tuple("verdict", "error.code.unknown"));
  }
}
