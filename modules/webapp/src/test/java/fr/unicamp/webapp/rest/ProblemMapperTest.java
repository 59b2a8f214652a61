package fr.unicamp.webapp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every exception meets its problem in one place; French when the caller names no language. */
class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper();

  @Test
  void maps_each_business_exception_to_its_status_and_stable_type() {
    assertThat(mapper.problem(new NotFoundException("MicroCertification", 7)))
        .returns(404, Problem::status)
        .returns("https://unicamp.fr/problems/not-found", Problem::type)
        .returns("Introuvable", Problem::title)
        .returns("MicroCertification 7 introuvable.", Problem::detail);
    assertThat(mapper.problem(new ConflictException("error.integrity", "x")).status())
        .isEqualTo(409);
    assertThat(mapper.problem(new ForbiddenException("error.read-only", "x")))
        .returns(403, Problem::status)
        .returns("Votre rôle ne permet que la consultation.", Problem::detail);
  }

  @Test
  void lists_every_field_error_with_its_code_and_text() {
    Problem problem =
        mapper.problem(
            new RuleViolationException(
                List.of(
                    FieldError.of("hours", "error.hours.range", 7, 30),
                    FieldError.of("titleFr", "error.required"))));
    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.detail()).isNull();
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldMessage(
                "hours", "error.hours.range", "La durée doit être comprise entre 7 et 30 heures."),
            new Problem.FieldMessage("titleFr", "error.required", "Ce champ est obligatoire."));
  }

  @Test
  void finds_a_business_exception_wrapped_by_the_persistence_layer() {
    var wrapped = new PersistenceException(new NotFoundException("University", "UTLN"));
    assertThat(mapper.problem(wrapped).status()).isEqualTo(404);
  }

  @Test
  void answers_a_database_constraint_violation_as_a_conflict() {
    var duplicate = new PersistenceException(new SQLException("duplicate key value", "23505"));
    Problem problem = mapper.problem(duplicate);
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).endsWith("/conflict");
    assertThat(problem.detail()).startsWith("La modification entre en conflit");
  }

  @Test
  void hides_unexpected_errors_behind_a_reference() {
    Problem problem = mapper.problem(new IllegalStateException("secret internals"));
    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.type()).endsWith("/internal");
    assertThat(problem.detail()).doesNotContain("secret").contains("référence");
    assertThat(mapper.problem(new SQLException("connection refused", "08001")).status())
        .isEqualTo(500);
  }
}
