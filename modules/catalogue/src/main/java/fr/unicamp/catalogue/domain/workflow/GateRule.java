package fr.unicamp.catalogue.domain.workflow;

import static fr.unicamp.catalogue.domain.workflow.Texts.present;

import fr.unicamp.catalogue.domain.framework.Workload;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The framework's gate for leaving the draft status, one named rule per requirement: the hour band,
 * the nine Annex I elements known before any learner (title, issuer's country, awarding body,
 * learning outcomes, ECTS, EQF level, assessment, participation, quality assurance), an assessable
 * competency reference, the identity-verification mode, the attendance threshold and a
 * sustainability plan. Each rule's message key reads as a requirement, so it labels the UI
 * checklist and explains a refusal alike.
 */
public enum GateRule {
  HOURS(
      "hours",
      "gate.hours",
      f -> Workload.withinBand(f.hours()),
      Workload.MIN_HOURS,
      Workload.MAX_HOURS),
  TITLE_FR("titleFr", "gate.title-fr", f -> present(f.titleFr())),
  ISSUER_COUNTRY("issuerCountry", "gate.issuer-country", f -> present(f.issuerCountry())),
  AWARDING_BODY("awardingBody", "gate.awarding-body", f -> present(f.awardingBody())),
  LEARNING_OUTCOMES(
      "learningOutcomes",
      "gate.learning-outcomes",
      f ->
          !f.learningOutcomes().isEmpty()
              && f.learningOutcomes().stream().allMatch(Texts::present)),
  ECTS("ects", "gate.ects", f -> f.ects() != null && f.ects().signum() > 0),
  EQF_LEVEL(
      "eqfLevel",
      "gate.eqf-level",
      f -> f.eqfLevel() != null && f.eqfLevel() >= 1 && f.eqfLevel() <= 8,
      1,
      8),
  ASSESSMENT_TYPE("assessmentType", "gate.assessment-type", f -> present(f.assessmentType())),
  PARTICIPATION_FORM(
      "participationForm", "gate.participation-form", f -> present(f.participationForm())),
  QUALITY_ASSURANCE(
      "qualityAssurance", "gate.quality-assurance", f -> present(f.qualityAssurance())),
  COMPETENCY_GRID(
      "competencies",
      "gate.competency-grid",
      f ->
          !f.competencies().isEmpty()
              && f.competencies().stream().allMatch(c -> c != null && c.hasCompleteGrid())),
  IDENTITY_VERIFICATION(
      "identityVerification", "gate.identity-verification", f -> present(f.identityVerification())),
  ATTENDANCE_THRESHOLD(
      "attendanceThresholdPercent",
      "gate.attendance-threshold",
      f -> isPercentage(f.attendanceThresholdPercent()),
      0,
      100),
  SUSTAINABILITY_PLAN(
      "sustainabilityPlan", "gate.sustainability-plan", f -> f.sustainabilityPlan() != null);

  private final String field;
  private final String messageKey;
  private final Predicate<GateFacts> test;
  private final List<Object> arguments;

  GateRule(String field, String messageKey, Predicate<GateFacts> test, Object... arguments) {
    this.field = field;
    this.messageKey = messageKey;
    this.test = test;
    this.arguments = List.of(arguments);
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public boolean passes(GateFacts facts) {
    return test.test(facts);
  }

  public RuleCheck check(GateFacts facts) {
    return new RuleCheck(name(), field, messageKey, arguments, passes(facts));
  }

  /** Every rule, in declaration order, with whether {@code facts} pass it. */
  public static List<RuleCheck> checklist(GateFacts facts) {
    return Arrays.stream(values()).map(r -> r.check(facts)).toList();
  }

  private static boolean isPercentage(BigDecimal value) {
    return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
  }
}
