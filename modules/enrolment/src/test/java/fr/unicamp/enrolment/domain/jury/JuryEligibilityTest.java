package fr.unicamp.enrolment.domain.jury;

import static fr.unicamp.enrolment.domain.jury.Candidates.PLANNED;
import static fr.unicamp.enrolment.domain.jury.Candidates.TERMS;
import static fr.unicamp.enrolment.domain.jury.Candidates.good;
import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.assessment.IdentityCheckMethod;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JuryEligibilityTest {

  private static Eligibility eligibility(JuryCandidate c) {
    return JuryEligibility.of(TERMS, PLANNED, List.of(c), Map.of()).get(0);
  }

  @Test
  void a_registered_learner_with_attendance_at_the_threshold_and_a_counting_pass_is_eligible() {
    Eligibility e = eligibility(good(1));

    assertThat(e.isEligible()).isTrue();
    assertThat(e.reasons()).isEmpty();
    assertThat(e.attendancePercent()).isEqualByComparingTo("80.00");
    assertThat(e.learner().value()).isEqualTo(1001);
  }

  @ParameterizedTest
  @EnumSource(
      value = AdministrativeStatus.class,
      names = {"PENDING_PAYMENT", "REJECTED_BY_SIS", "CANCELLED"})
  void an_invalid_administrative_status_makes_a_learner_ineligible(AdministrativeStatus status) {
    JuryCandidate c = good(1);
    JuryCandidate spoilt =
        new JuryCandidate(
            Candidates.enrolment(1, status, PedagogicalStatus.COMPLETED),
            c.attendance(),
            c.assessment());

    assertThat(eligibility(spoilt).reasons())
        .containsExactly(IneligibilityReason.ADMINISTRATIVE_STATUS);
  }

  @Test
  void every_reason_is_reported_not_only_the_first() {
    JuryCandidate c =
        new JuryCandidate(
            Candidates.enrolment(
                2, AdministrativeStatus.PENDING_PAYMENT, PedagogicalStatus.WITHDRAWN),
            Candidates.hours(2, "15.99"),
            Candidates.assessment(2, Candidates.FAILING, IdentityCheckMethod.SUPERVISION_ONLY));
    Exclusion exclusion =
        new Exclusion(EnrolmentId.of(2), "Suspicion de fraude", "staff.ulille", Grids.AT);

    Eligibility e =
        JuryEligibility.of(TERMS, PLANNED, List.of(c), Map.of(EnrolmentId.of(2), exclusion)).get(0);

    assertThat(e.reasons())
        .containsExactly(
            IneligibilityReason.ADMINISTRATIVE_STATUS,
            IneligibilityReason.PEDAGOGICAL_STATUS,
            IneligibilityReason.ATTENDANCE_BELOW_THRESHOLD,
            IneligibilityReason.ASSESSMENT_FAILED,
            IneligibilityReason.IDENTITY_NOT_VERIFIED,
            IneligibilityReason.EXCLUDED);
    assertThat(e.exclusion()).isEqualTo(exclusion);
    assertThat(e.attendancePercent()).isEqualByComparingTo("79.95");
  }

  @Test
  void no_attendance_and_no_assessment_are_reasons_of_their_own() {
    JuryCandidate c =
        new JuryCandidate(
            Candidates.enrolment(3, AdministrativeStatus.REGISTERED, PedagogicalStatus.IN_PROGRESS),
            null,
            null);

    Eligibility e = eligibility(c);

    assertThat(e.reasons())
        .containsExactly(IneligibilityReason.NO_ATTENDANCE, IneligibilityReason.NOT_ASSESSED);
    assertThat(e.attendancePercent()).isNull();
  }

  @Test
  void a_failed_course_is_not_eligible_and_an_assessment_on_another_version_does_not_count() {
    JuryCandidate c = good(4);
    Assessment other =
        Assessment.mark(
            EnrolmentId.of(4),
            new CertificationTerms(
                MicroCertificationVersionId.of(6),
                List.of(Grids.C1, Grids.C2),
                IdentityVerification.SUPERVISED_WITH_ID_CHECK,
                80),
            Candidates.PASSING,
            null,
            LocalDate.of(2026, 12, 1),
            "X",
            Grids.check(IdentityCheckMethod.REMOTE_PROCTORING));
    JuryCandidate spoilt =
        new JuryCandidate(
            Candidates.enrolment(4, AdministrativeStatus.REGISTERED, PedagogicalStatus.FAILED),
            c.attendance(),
            other);

    assertThat(eligibility(spoilt).reasons())
        .containsExactly(
            IneligibilityReason.PEDAGOGICAL_STATUS, IneligibilityReason.ASSESSMENT_OTHER_VERSION);
  }

  @Test
  void a_passed_assessment_without_the_required_identity_check_does_not_count() {
    JuryCandidate c = good(5);
    JuryCandidate noCheck =
        new JuryCandidate(
            c.enrolment(), c.attendance(), Candidates.assessment(5, Candidates.PASSING, null));

    assertThat(eligibility(noCheck).reasons())
        .containsExactly(IneligibilityReason.IDENTITY_NOT_VERIFIED);
  }

  @Test
  void keeps_the_candidates_order_and_an_exclusion_with_a_blank_reason_is_refused() {
    List<Eligibility> all = JuryEligibility.of(TERMS, PLANNED, List.of(good(9), good(3)), Map.of());

    assertThat(all).extracting(e -> e.enrolment().value()).containsExactly(9L, 3L);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Exclusion(EnrolmentId.of(1), " ", "staff.ulille", Grids.AT))
        .isInstanceOf(fr.unicamp.common.domain.error.RuleViolationException.class);
  }
}
