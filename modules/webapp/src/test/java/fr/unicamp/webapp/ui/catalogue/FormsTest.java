package fr.unicamp.webapp.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit page's forms carry values over to the domain, which keeps every rule. */
class FormsTest {

  @Test
  void a_competency_row_drops_blank_criteria_and_reads_one_level_per_line() {
    CompetencyForm form = CompetencyForm.blank();
    form.setCode("C1");
    form.setTitleFr("Préparer les données");
    form.setLearningOutcomes("Nettoyer un jeu de données\n\n  Documenter  ");
    form.setLevels("Insuffisant\r\nSatisfaisant\nExcellent");
    form.setPassLevel(2);
    form.getCriteria().get(0).setLabel("Qualité du nettoyage");
    form.addCriterion();

    CompetencyDefinition definition = form.toDefinition();

    assertThat(definition.criteria()).containsExactly("Qualité du nettoyage");
    assertThat(definition.levels()).containsExactly("Insuffisant", "Satisfaisant", "Excellent");
    assertThat(definition.learningOutcomes())
        .containsExactly("Nettoyer un jeu de données", "Documenter");
    assertThat(CompetencyForm.of(definition).toDefinition()).isEqualTo(definition);
  }

  @Test
  void an_empty_plan_form_reports_every_missing_input_on_the_plan_fields() {
    var error = catchThrowableOfType(RuleViolationException.class, () -> new PlanForm().toPlan());

    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .contains("design.hours", "session.tutoringRate", "pricing.price", "horizon.sessions");
  }

  @Test
  void a_complete_plan_form_gives_the_plan_back_as_it_was() {
    PlanForm form = new PlanForm();
    form.setDesignHours(new BigDecimal("40"));
    form.setDesignHourlyCost(new BigDecimal("50"));
    form.setProductionCosts(new BigDecimal("3000"));
    form.setTutoringHours(new BigDecimal("20"));
    form.setTutoringRate(new BigDecimal("45"));
    form.setOtherSessionCosts(BigDecimal.ZERO);
    form.setPlatform(new BigDecimal("10"));
    form.setAssessment(new BigDecimal("15"));
    form.setCertificate(new BigDecimal("5"));
    form.setPrice(new BigDecimal("300"));
    form.setCommissionPercent(new BigDecimal("20"));
    form.setConsortiumSharePercent(new BigDecimal("10"));
    form.setSessions(4);
    form.setForecastLearnersPerSession(12);

    var plan = form.toPlan();

    assertThat(plan.contributionMarginPerLearner().amount()).isEqualByComparingTo("180.00");
    assertThat(PlanForm.of(plan).toPlan()).isEqualTo(plan);
  }

  @Test
  void lines_ignore_blank_ones() {
    assertThat(Lines.split(" a \n\n b ")).isEqualTo(List.of("a", "b"));
    assertThat(Lines.split(null)).isEmpty();
  }
}
