package fr.unicamp.enrolment.domain.assessment;

import static fr.unicamp.catalogue.domain.microcertification.IdentityVerification.SUPERVISED_WITH_ID_CHECK;
import static fr.unicamp.catalogue.domain.microcertification.IdentityVerification.UNSUPERVISED_NO_ID_CHECK;
import static fr.unicamp.enrolment.domain.assessment.Grids.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTest {

  private static final EnrolmentId ENROLMENT = EnrolmentId.of(1);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static Assessment mark(
      CertificationTerms terms, Map<String, List<Integer>> marks, IdentityCheck check) {
    return Assessment.mark(ENROLMENT, terms, marks, null, DAY, "Mme Évaluatrice", check);
  }

  @Test
  void passes_when_every_competency_passes_by_its_grid() {
    Assessment a =
        mark(terms(UNSUPERVISED_NO_ID_CHECK), Map.of("C1", List.of(2, 3), "C2", List.of(2)), null);

    assertThat(a.passed()).isTrue();
    assertThat(a.results())
        .containsExactly(
            new CompetencyResult("C1", List.of(2, 3), true),
            new CompetencyResult("C2", List.of(2), true));
  }

  @Test
  void fails_when_one_criterion_of_one_competency_is_below_its_pass_level() {
    Assessment a =
        mark(terms(UNSUPERVISED_NO_ID_CHECK), Map.of("C1", List.of(3, 1), "C2", List.of(2)), null);

    assertThat(a.passed()).isFalse();
    assertThat(a.results()).extracting(CompetencyResult::passed).containsExactly(false, true);
  }

  @Test
  void reports_every_marking_problem_at_once() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Assessment.mark(
                    ENROLMENT,
                    terms(SUPERVISED_WITH_ID_CHECK),
                    Map.of("C1", Arrays.asList(4, null), "C9", List.of(1)),
                    new BigDecimal("20.5"),
                    null,
                    " ",
                    new IdentityCheck(null, null, null, " ")));

    assertThat(error.fieldErrors())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "marks.C1[0]:error.assessment.level-range",
            "marks.C1[1]:error.assessment.level-range",
            "marks.C2:error.required",
            "marks.C9:error.assessment.unknown-competency",
            "grade:error.assessment.grade.range",
            "assessedOn:error.required",
            "assessor:error.required",
            "identityCheck.method:error.required",
            "identityCheck.verifier:error.required",
            "identityCheck.verifiedAt:error.required",
            "identityCheck.evidenceReference:error.required");
  }

  @Test
  void a_competency_needs_one_level_per_criterion_and_a_version_needs_a_grid() {
    assertThat(keys(terms(UNSUPERVISED_NO_ID_CHECK), Map.of("C1", List.of(2), "C2", List.of(2))))
        .containsExactly(FieldError.of("marks.C1", "error.assessment.criteria-count", 2, 1));
    CertificationTerms noGrid =
        new CertificationTerms(
            MicroCertificationVersionId.of(1), List.of(), UNSUPERVISED_NO_ID_CHECK, 80);
    assertThat(keys(noGrid, Map.of()))
        .containsExactly(FieldError.of("marks", "error.assessment.no-grid"));
  }

  @ParameterizedTest(name = "grade {0}: {1}")
  @CsvSource({"0, ok", "20, ok", "15.50, ok", "-0.01, range", "20.01, range", "12.345, scale"})
  void a_grade_is_optional_from_0_to_20_with_two_decimals(String grade, String outcome) {
    var errors = Grade.violations(new BigDecimal(grade), "grade");

    assertThat(errors)
        .extracting(FieldError::messageKey)
        .containsExactlyElementsOf(
            outcome.equals("ok") ? List.of() : List.of("error.assessment.grade." + outcome));
    assertThat(Grade.violations(null, "grade")).isEmpty();
  }

  @ParameterizedTest(name = "{0} with {1}: counts {2}")
  @CsvSource({
    "UNSUPERVISED_NO_ID_CHECK, NONE, true",
    "UNSUPERVISED_NO_ID_CHECK, SUPERVISION_ONLY, true",
    "SUPERVISED_NO_ID_CHECK, NONE, false",
    "SUPERVISED_NO_ID_CHECK, SUPERVISION_ONLY, true",
    "SUPERVISED_NO_ID_CHECK, REMOTE_PROCTORING, true",
    "SUPERVISED_WITH_ID_CHECK, NONE, false",
    "SUPERVISED_WITH_ID_CHECK, SUPERVISION_ONLY, false",
    "SUPERVISED_WITH_ID_CHECK, ID_DOCUMENT_IN_PERSON, true",
    "SUPERVISED_WITH_ID_CHECK, ID_DOCUMENT_ON_CAMERA, true",
    "SUPERVISED_WITH_ID_CHECK, REMOTE_PROCTORING, true"
  })
  void counts_only_with_the_identity_check_the_level_requires(
      IdentityVerification level, String method, boolean counts) {
    IdentityCheck check =
        method.equals("NONE") ? null : Grids.check(IdentityCheckMethod.valueOf(method));

    Assessment a = mark(terms(level), Map.of("C1", List.of(2, 2), "C2", List.of(2)), check);

    assertThat(a.countsFor(terms(level))).isEqualTo(counts);
    assertThat(a.passed()).isTrue();
  }

  @Test
  void an_identity_check_recorded_later_makes_the_assessment_count() {
    CertificationTerms terms = terms(SUPERVISED_WITH_ID_CHECK);
    Assessment a = mark(terms, Map.of("C1", List.of(2, 2), "C2", List.of(2)), null);
    assertThat(a.countsFor(terms)).isFalse();

    var previous = a.recordIdentityCheck(Grids.check(IdentityCheckMethod.ID_DOCUMENT_ON_CAMERA));

    assertThat(previous).isEmpty();
    assertThat(a.countsFor(terms)).isTrue();
  }

  @Test
  void an_incomplete_identity_record_is_refused_and_the_previous_one_kept() {
    Assessment a =
        mark(
            terms(SUPERVISED_WITH_ID_CHECK),
            Map.of("C1", List.of(2, 2), "C2", List.of(2)),
            Grids.check(IdentityCheckMethod.REMOTE_PROCTORING));

    catchThrowableOfType(
        RuleViolationException.class,
        () ->
            a.recordIdentityCheck(
                new IdentityCheck(IdentityCheckMethod.ID_DOCUMENT_IN_PERSON, "X", null, null)));

    assertThat(a.identityCheck()).contains(Grids.check(IdentityCheckMethod.REMOTE_PROCTORING));
  }

  @Test
  void an_assessment_on_another_version_does_not_count() {
    Assessment a =
        mark(terms(UNSUPERVISED_NO_ID_CHECK), Map.of("C1", List.of(2, 2), "C2", List.of(2)), null);
    CertificationTerms next =
        new CertificationTerms(
            MicroCertificationVersionId.of(8),
            List.of(Grids.C1, Grids.C2),
            UNSUPERVISED_NO_ID_CHECK,
            80);

    assertThat(a.countsFor(next)).isFalse();
  }

  private static List<FieldError> keys(CertificationTerms terms, Map<String, List<Integer>> marks) {
    return catchThrowableOfType(RuleViolationException.class, () -> mark(terms, marks, null))
        .fieldErrors();
  }
}
