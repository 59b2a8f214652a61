package fr.unicamp.catalogue.domain.microcertification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The criteria grid's pass rule: every criterion at the pass level or above. */
class CompetencyPassRuleTest {

  private static final CompetencyDefinition GRID =
      new CompetencyDefinition(
          "C1",
          "Concevoir une évaluation",
          null,
          List.of("Concevoir une situation d'évaluation"),
          List.of("Pertinence", "Cohérence", "Faisabilité"),
          List.of("Insuffisant", "Acquis", "Maîtrisé"),
          2);

  @Test
  void passes_when_every_criterion_reaches_the_pass_level() {
    assertThat(GRID.isPassedBy(List.of(2, 2, 2))).isTrue();
    assertThat(GRID.isPassedBy(List.of(3, 2, 3))).isTrue();
  }

  @Test
  void fails_when_one_criterion_is_below_whatever_the_others() {
    assertThat(GRID.isPassedBy(List.of(3, 1, 3))).isFalse();
    assertThat(GRID.isPassedBy(List.of(1, 1, 1))).isFalse();
  }

  @Test
  void refuses_a_marking_that_does_not_fit_the_grid() {
    assertThatIllegalArgumentException().isThrownBy(() -> GRID.isPassedBy(List.of(2, 2)));
    assertThatIllegalArgumentException().isThrownBy(() -> GRID.isPassedBy(List.of(2, 2, 4)));
    assertThatIllegalArgumentException().isThrownBy(() -> GRID.isPassedBy(List.of(0, 2, 2)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GRID.isPassedBy(Arrays.asList(2, null, 2)));
  }
}
