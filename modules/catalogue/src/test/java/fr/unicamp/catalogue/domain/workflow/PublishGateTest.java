package fr.unicamp.catalogue.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gate for leaving the draft: every rule at once, each rule alone, and the checklist. */
class PublishGateTest {

  @Test
  void an_empty_draft_fails_every_rule_of_the_gate_at_once() {
    CatalogueWorkflow draft = CatalogueWorkflow.draft();

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> draft.submitForReview(GateFacts.empty()));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("hours", "gate.hours", 7, 30),
            FieldError.of("titleFr", "gate.title-fr"),
            FieldError.of("issuerCountry", "gate.issuer-country"),
            FieldError.of("awardingBody", "gate.awarding-body"),
            FieldError.of("learningOutcomes", "gate.learning-outcomes"),
            FieldError.of("ects", "gate.ects"),
            FieldError.of("eqfLevel", "gate.eqf-level", 1, 8),
            FieldError.of("assessmentType", "gate.assessment-type"),
            FieldError.of("participationForm", "gate.participation-form"),
            FieldError.of("qualityAssurance", "gate.quality-assurance"),
            FieldError.of("competencies", "gate.competency-grid"),
            FieldError.of("identityVerification", "gate.identity-verification"),
            FieldError.of("attendanceThresholdPercent", "gate.attendance-threshold", 0, 100),
            FieldError.of("sustainabilityPlan", "gate.sustainability-plan"));
    assertThat(draft.status()).isEqualTo(MicroCertificationStatus.DRAFT);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(GateRule.class)
  void a_single_missing_element_fails_its_own_rule_and_no_other(GateRule rule) {
    GateFacts facts = withoutWhatPasses(rule, Fixtures.completeFacts());

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> CatalogueWorkflow.draft().submitForReview(facts));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly(rule.messageKey());
    assertThat(GateRule.checklist(facts))
        .filteredOn(c -> !c.passed())
        .extracting(RuleCheck::rule)
        .containsExactly(rule.name());
  }

  @Test
  void the_checklist_shows_every_rule_passing_on_a_complete_draft() {
    List<RuleCheck> checklist = GateRule.checklist(Fixtures.completeFacts());

    assertThat(checklist)
        .extracting(RuleCheck::rule)
        .containsExactlyElementsOf(Arrays.stream(GateRule.values()).map(Enum::name).toList());
    assertThat(checklist).allMatch(RuleCheck::passed);
  }

  @Test
  void the_checklist_shows_which_rules_pass_on_a_half_filled_draft() {
    GateFacts facts = GateFacts.builder().hours(12).titleFr("Titre").eqfLevel(9).build();

    List<RuleCheck> checklist = GateRule.checklist(facts);

    assertThat(checklist)
        .filteredOn(RuleCheck::passed)
        .extracting(RuleCheck::rule)
        .containsExactly("HOURS", "TITLE_FR");
    assertThat(checklist).hasSize(GateRule.values().length);
  }

  @Test
  void accepts_the_hour_band_edges_and_refuses_beyond_them() {
    assertThat(hoursPass(6)).isFalse();
    assertThat(hoursPass(7)).isTrue();
    assertThat(hoursPass(30)).isTrue();
    assertThat(hoursPass(31)).isFalse();
  }

  @Test
  void accepts_eqf_levels_one_to_eight_only() {
    assertThat(eqfPasses(0)).isFalse();
    assertThat(eqfPasses(1)).isTrue();
    assertThat(eqfPasses(8)).isTrue();
    assertThat(eqfPasses(9)).isFalse();
  }

  @Test
  void accepts_an_attendance_threshold_from_zero_to_one_hundred_percent() {
    assertThat(attendancePasses("-0.01")).isFalse();
    assertThat(attendancePasses("0")).isTrue();
    assertThat(attendancePasses("100")).isTrue();
    assertThat(attendancePasses("100.01")).isFalse();
  }

  @Test
  void needs_ects_above_zero() {
    assertThat(GateRule.ECTS.passes(with(b -> b.ects(BigDecimal.ZERO)))).isFalse();
    assertThat(GateRule.ECTS.passes(with(b -> b.ects(new BigDecimal("0.25"))))).isTrue();
  }

  @Test
  void needs_every_learning_outcome_to_be_written() {
    assertThat(GateRule.LEARNING_OUTCOMES.passes(with(b -> b.learningOutcomes(List.of("A", " ")))))
        .isFalse();
    assertThat(GateRule.LEARNING_OUTCOMES.passes(with(b -> b.learningOutcomes(List.of("A")))))
        .isTrue();
  }

  @Test
  void needs_every_competency_to_have_a_grid_with_a_criterion_two_levels_and_a_pass_rule() {
    CompetencyFacts good = new CompetencyFacts("C1", 1, 2, true);

    assertThat(gridPasses(good)).isTrue();
    assertThat(gridPasses(new CompetencyFacts("C1", 0, 2, true))).isFalse();
    assertThat(gridPasses(new CompetencyFacts("C1", 1, 1, true))).isFalse();
    assertThat(gridPasses(new CompetencyFacts("C1", 1, 2, false))).isFalse();
    assertThat(gridPasses(good, new CompetencyFacts("C2", 3, 4, false))).isFalse();
    assertThat(gridPasses()).isFalse();
  }

  private static boolean hoursPass(int hours) {
    return GateRule.HOURS.passes(with(b -> b.hours(hours)));
  }

  private static boolean eqfPasses(int level) {
    return GateRule.EQF_LEVEL.passes(with(b -> b.eqfLevel(level)));
  }

  private static boolean attendancePasses(String percent) {
    return GateRule.ATTENDANCE_THRESHOLD.passes(
        with(b -> b.attendanceThresholdPercent(new BigDecimal(percent))));
  }

  private static boolean gridPasses(CompetencyFacts... competencies) {
    return GateRule.COMPETENCY_GRID.passes(with(b -> b.competencies(List.of(competencies))));
  }

  private static GateFacts with(java.util.function.UnaryOperator<GateFacts.Builder> change) {
    return change.apply(Fixtures.completeFacts().toBuilder()).build();
  }

  /** The complete facts with the one element {@code rule} reads taken away or spoiled. */
  private static GateFacts withoutWhatPasses(GateRule rule, GateFacts complete) {
    GateFacts.Builder b = complete.toBuilder();
    switch (rule) {
      case HOURS -> b.hours(31);
      case TITLE_FR -> b.titleFr(" ");
      case ISSUER_COUNTRY -> b.issuerCountry(null);
      case AWARDING_BODY -> b.awardingBody("");
      case LEARNING_OUTCOMES -> b.learningOutcomes(List.of());
      case ECTS -> b.ects(null);
      case EQF_LEVEL -> b.eqfLevel(0);
      case ASSESSMENT_TYPE -> b.assessmentType(null);
      case PARTICIPATION_FORM -> b.participationForm(null);
      case QUALITY_ASSURANCE -> b.qualityAssurance(null);
      case COMPETENCY_GRID -> b.competencies(List.of(new CompetencyFacts("C", 2, 1, true)));
      case IDENTITY_VERIFICATION -> b.identityVerification(null);
      case ATTENDANCE_THRESHOLD -> b.attendanceThresholdPercent(new BigDecimal("120"));
      case SUSTAINABILITY_PLAN -> b.sustainabilityPlan(null);
    }
    return b.build();
  }
}
