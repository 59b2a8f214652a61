package fr.unicamp.catalogue.domain;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicroCertificationCompetenciesAndPlanTest {

  static CompetencyDefinition competency(String code) {
    return new CompetencyDefinition(
        code,
        "Nettoyer des données",
        "Clean data",
        List.of("Repérer les valeurs manquantes", "Corriger les types"),
        List.of("Exhaustivité du contrôle", "Justesse des corrections"),
        List.of("Insuffisant", "Acquis", "Maîtrisé"),
        2);
  }

  static SustainabilityPlan plan() {
    return new SustainabilityPlan(
        new DesignCosts(new BigDecimal("40"), eur("50.00"), eur("3000.00")),
        new SessionCosts(new BigDecimal("20"), eur("45.00"), eur("100.00")),
        new LearnerCosts(eur("10.00"), eur("15.00"), eur("5.00")),
        new Pricing(eur("200.00"), new BigDecimal("10"), new BigDecimal("5")),
        new Horizon(4, 12));
  }

  private static MicroCertification described() {
    MicroCertification m =
        MicroCertification.draft(UniversityCode.of("ULILLE"), "MC-01", "Analyser", null, 18);
    m.describe(MicroCertificationAnnexTest.complete());
    return m;
  }

  private static List<String> failing(MicroCertification m) {
    return m.checklist().stream().filter(c -> !c.passed()).map(RuleCheck::rule).toList();
  }

  @Test
  void keeps_the_competencies_in_the_order_given() {
    MicroCertification m = described();
    m.defineCompetencies(List.of(competency("C2"), competency("C1")));

    assertThat(m.competencies()).extracting(CompetencyDefinition::code).containsExactly("C2", "C1");
    assertThat(m.competencies().get(0).levels())
        .containsExactly("Insuffisant", "Acquis", "Maîtrisé");
    assertThat(m.competencies().get(0).passLevel()).isEqualTo(2);
  }

  @Test
  void replaces_the_whole_reference() {
    MicroCertification m = described();
    m.defineCompetencies(List.of(competency("C1"), competency("C2")));
    m.defineCompetencies(List.of(competency("C3")));

    assertThat(m.competencies()).extracting(CompetencyDefinition::code).containsExactly("C3");
  }

  @Test
  void reports_every_broken_grid_rule_with_its_path_and_keeps_the_old_reference() {
    MicroCertification m = described();
    m.defineCompetencies(List.of(competency("C1")));
    var noLevels =
        new CompetencyDefinition(
            "C2", "Titre", null, List.of("Un acquis"), List.of(), List.of("Seul"), 3);
    var badCode =
        new CompetencyDefinition(
            "c 3", " ", null, List.of(), List.of("Critère"), List.of("A", "B"), 0);

    var refused =
        catchThrowableOfType(
            () ->
                m.defineCompetencies(
                    Arrays.asList(competency("C1"), noLevels, badCode, null, competency("C1"))),
            RuleViolationException.class);

    assertThat(refused.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "competencies[1].criteria:error.competency.criteria",
            "competencies[1].levels:error.competency.levels",
            "competencies[2].code:error.competency.code-format",
            "competencies[2].titleFr:error.required",
            "competencies[2].learningOutcomes:error.competency.outcomes",
            "competencies[2].passLevel:error.competency.pass-level",
            "competencies[3]:error.required",
            "competencies[4].code:error.competency.duplicate-code");
    assertThat(m.competencies()).extracting(CompetencyDefinition::code).containsExactly("C1");
  }

  @Test
  void a_pass_level_above_the_grid_is_refused() {
    var tooHigh =
        new CompetencyDefinition(
            "C1", "Titre", null, List.of("Acquis"), List.of("Critère"), List.of("A", "B"), 3);

    assertThat(tooHigh.violations("c"))
        .containsExactly(FieldError.of("c.passLevel", "error.competency.pass-level", 1, 2));
  }

  @Test
  void stores_the_sustainability_plan_as_given() {
    MicroCertification m = described();
    assertThat(m.sustainabilityPlan()).isEmpty();

    m.planSustainability(plan());

    assertThat(m.sustainabilityPlan()).contains(plan());
  }

  @Test
  void a_fully_described_draft_passes_the_gate_and_goes_to_review() {
    MicroCertification m = described();
    assertThat(failing(m)).containsExactly("COMPETENCY_GRID", "SUSTAINABILITY_PLAN");

    m.defineCompetencies(List.of(competency("C1")));
    assertThat(failing(m)).containsExactly("SUSTAINABILITY_PLAN");
    m.planSustainability(plan());
    assertThat(failing(m)).isEmpty();
    assertThat(m.gateFacts().competencies())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.criteria()).isEqualTo(2);
              assertThat(c.levels()).isEqualTo(3);
            });

    m.submitForReview();
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.IN_REVIEW);
  }

  @Test
  void an_empty_reference_fails_the_gate() {
    MicroCertification m = described();
    m.defineCompetencies(List.of(competency("C1")));
    m.defineCompetencies(List.of());

    assertThat(failing(m)).contains("COMPETENCY_GRID");
  }

  @Test
  void competencies_and_plan_change_only_on_a_draft() {
    MicroCertification m = described();
    m.defineCompetencies(List.of(competency("C1")));
    m.planSustainability(plan());
    m.submitForReview();

    var competencies =
        catchThrowableOfType(
            () -> m.defineCompetencies(List.of(competency("C9"))), RuleViolationException.class);
    var plan =
        catchThrowableOfType(() -> m.planSustainability(plan()), RuleViolationException.class);

    for (var refused : List.of(competencies, plan)) {
      assertThat(refused.fieldErrors())
          .containsExactly(
              FieldError.of("status", "error.micro-certification.not-draft", "IN_REVIEW"));
    }
    assertThat(m.competencies()).extracting(CompetencyDefinition::code).containsExactly("C1");
  }
}
