package fr.unicamp.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void reports_every_failed_rule_at_once() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                new Rules()
                    .require(false, "hours", "error.hours.range", 7, 30)
                    .require(true, "title", "error.required")
                    .require(false, "ects", "error.required")
                    .throwIfAny());
    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("hours", "error.hours.range", 7, 30),
            FieldError.of("ects", "error.required"));
    assertThat(error.getMessage()).contains("hours").contains("ects");
  }

  @Test
  void passes_silently_when_every_rule_holds() {
    assertThatCode(() -> new Rules().require(true, "x", "k").throwIfAny())
        .doesNotThrowAnyException();
  }

  @Test
  void clips_long_audit_summaries_without_losing_the_start() {
    String longText = "x".repeat(5000);
    AuditChange change = new AuditChange("a", "T", "1", longText, null);
    assertThat(change.before()).hasSize(4000).startsWith("xxx").endsWith("…");
    assertThat(change.after()).isNull();
  }
}
