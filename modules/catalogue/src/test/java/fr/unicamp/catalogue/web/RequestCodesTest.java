package fr.unicamp.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import org.junit.jupiter.api.Test;

class RequestCodesTest {

  @Test
  void a_body_code_must_be_spelt_exactly_and_an_unknown_one_joins_the_other_errors() {
    Rules rules = new Rules();
    assertThat(RequestCodes.code(PathwayKind.class, "DIU", "kind", rules))
        .isEqualTo(PathwayKind.DIU);
    assertThat(RequestCodes.code(PathwayKind.class, null, "kind", rules)).isNull();
    assertThat(RequestCodes.code(PathwayKind.class, "diu", "kind", rules)).isNull();
    assertThat(rules.errors())
        .containsExactly(FieldError.of("kind", "error.code.unknown", "diu", "BLOC, DIU, DN"));
  }

  @Test
  void a_filter_ignores_case_and_spaces_is_absent_when_blank_and_refuses_an_unknown_name() {
    assertThat(RequestCodes.filter(PathwayKind.class, "kind", " bloc "))
        .isEqualTo(PathwayKind.BLOC);
    assertThat(RequestCodes.filter(PathwayKind.class, "kind", " ")).isNull();
    assertThat(RequestCodes.filter(PathwayKind.class, "kind", null)).isNull();
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> RequestCodes.filter(PathwayKind.class, "kind", " Master "));
    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("kind", "error.code.unknown", "Master", "BLOC, DIU, DN"));
  }

  @Test
  void the_status_filter_is_exact_and_says_status_unknown() {
    assertThat(RequestCodes.status(" PUBLISHED ")).isEqualTo(MicroCertificationStatus.PUBLISHED);
    assertThat(RequestCodes.status("")).isNull();
    var error =
        catchThrowableOfType(RuleViolationException.class, () -> RequestCodes.status("live"));
    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("status", "error.status.unknown", "live"));
  }
}
