package fr.unicamp.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.QualityAssuranceType;
import fr.unicamp.catalogue.domain.workflow.GateFacts;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.domain.university.UniversityCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicroCertificationAnnexTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  static AnnexElements complete() {
    return new AnnexElements(
        "FR",
        "Hauts-de-France",
        List.of(" Nettoyer un jeu de données ", "Produire un graphique"),
        List.of("Clean a data set", "Draw a chart"),
        new BigDecimal("0.75"),
        6,
        AssessmentType.AUTHENTIC_TASK,
        ParticipationForm.ONLINE,
        QualityAssuranceType.QUALIOPI,
        IdentityVerification.SUPERVISED_WITH_ID_CHECK,
        80,
        null,
        Money.eur("120.00"),
        "326t",
        "Savoir utiliser un tableur",
        null);
  }

  private static MicroCertification draft() {
    return MicroCertification.draft(ULILLE, "MC-01", "Analyser des données", null, 18);
  }

  private static List<String> failing(List<RuleCheck> checklist) {
    return checklist.stream().filter(c -> !c.passed()).map(RuleCheck::rule).toList();
  }

  @Test
  void describes_a_draft_with_its_annex_elements() {
    MicroCertification m = draft();
    m.describe(complete());

    AnnexElements annex = m.annex();
    assertThat(annex).isEqualTo(complete());
    assertThat(annex.learningOutcomesFr())
        .containsExactly("Nettoyer un jeu de données", "Produire un graphique");
    assertThat(annex.price()).isEqualTo(Money.eur("120.00"));
    assertThat(annex.validityMonths()).as("no limit").isNull();
  }

  @Test
  void reports_every_broken_element_together_and_changes_nothing() {
    MicroCertification m = draft();
    m.describe(complete());
    var bad =
        new AnnexElements(
            "France",
            null,
            List.of("Une\nligne de trop", " "),
            null,
            new BigDecimal("0"),
            9,
            null,
            null,
            null,
            null,
            101,
            0,
            Money.eur("-1.00"),
            "32",
            null,
            null);

    var error = catchThrowableOfType(RuleViolationException.class, () -> m.describe(bad));

    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly(
            "issuerCountry",
            "learningOutcomesFr",
            "ects",
            "eqfLevel",
            "attendanceThresholdPercent",
            "validityMonths",
            "price",
            "nsfCode");
    assertThat(m.annex()).isEqualTo(complete());
  }

  @Test
  void refuses_to_describe_once_it_left_the_draft() throws ReflectiveOperationException {
    MicroCertification m = draft();
    // no stored path leaves the draft yet (competencies and plan are missing): set it directly
    var status = MicroCertification.class.getDeclaredField("status");
    status.setAccessible(true);
    status.set(m, MicroCertificationStatus.IN_REVIEW);

    var error = catchThrowableOfType(RuleViolationException.class, () -> m.describe(complete()));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("status", "error.micro-certification.not-draft", "IN_REVIEW"));
    assertThat(m.annex()).isEqualTo(AnnexElements.none());
  }

  @Test
  void a_new_draft_is_issued_in_france_by_its_university_and_lacks_the_rest() {
    GateFacts facts = draft().gateFacts();

    assertThat(facts.issuerCountry()).isEqualTo("FR");
    assertThat(facts.awardingBody()).isEqualTo("ULILLE");
    assertThat(facts.hours()).isEqualTo(18);
    assertThat(failing(draft().checklist()))
        .containsExactly(
            "LEARNING_OUTCOMES",
            "ECTS",
            "EQF_LEVEL",
            "ASSESSMENT_TYPE",
            "PARTICIPATION_FORM",
            "QUALITY_ASSURANCE",
            "COMPETENCY_GRID",
            "IDENTITY_VERIFICATION",
            "ATTENDANCE_THRESHOLD",
            "SUSTAINABILITY_PLAN");
  }

  @Test
  void gate_facts_of_a_described_draft_carry_its_elements() {
    MicroCertification m = draft();
    m.describe(complete());

    GateFacts facts = m.gateFacts();

    assertThat(facts.learningOutcomes())
        .containsExactly("Nettoyer un jeu de données", "Produire un graphique");
    assertThat(facts.ects()).isEqualByComparingTo("0.75");
    assertThat(facts.eqfLevel()).isEqualTo(6);
    assertThat(facts.assessmentType()).isEqualTo("AUTHENTIC_TASK");
    assertThat(facts.participationForm()).isEqualTo("ONLINE");
    assertThat(facts.qualityAssurance()).isEqualTo("QUALIOPI");
    assertThat(facts.identityVerification()).isEqualTo("SUPERVISED_WITH_ID_CHECK");
    assertThat(facts.attendanceThresholdPercent()).isEqualByComparingTo("80");
    assertThat(facts.competencies()).isEmpty();
    assertThat(facts.sustainabilityPlan()).isNull();
    assertThat(failing(m.checklist())).containsExactly("COMPETENCY_GRID", "SUSTAINABILITY_PLAN");
  }

  @Test
  void submitting_a_described_draft_is_refused_until_competencies_and_plan_are_stored() {
    MicroCertification m = draft();
    m.describe(complete());

    var error = catchThrowableOfType(RuleViolationException.class, m::submitForReview);

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("competencies", "gate.competency-grid"),
            FieldError.of("sustainabilityPlan", "gate.sustainability-plan"));
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.DRAFT);
  }

  @Test
  void every_identity_verification_level_of_annex_one_is_offered() {
    assertThat(Arrays.stream(IdentityVerification.values()).map(Enum::name))
        .containsExactly(
            "UNSUPERVISED_NO_ID_CHECK", "SUPERVISED_NO_ID_CHECK", "SUPERVISED_WITH_ID_CHECK");
  }
}
