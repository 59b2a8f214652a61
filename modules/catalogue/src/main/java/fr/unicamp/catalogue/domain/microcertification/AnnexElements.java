package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The EU Annex I elements of a micro-certification that are known before any learner, with the
 * consortium's own catalogue data (attendance, validity, price, NSF code). A draft may leave any of
 * them out: {@link #violations()} checks only the values given; the publish gate says which ones
 * must be there to leave the draft.
 *
 * @param issuerCountry ISO 3166-1 alpha-2 country of the issuer; null means France
 * @param learningOutcomesFr learning outcomes in French, one sentence each
 * @param validityMonths how long the certificate is valid; null: no limit
 * @param price price per learner in euros
 * @param nsfCode speciality code of the "nomenclature des spécialités de formation", e.g. 326t
 * @param gradeScheme optional Annex I element: how results are graded (e.g. pass/fail)
 * @param integrationStackability optional Annex I element: how it stacks into bigger awards
 */
public record AnnexElements(
    String issuerCountry,
    String issuerRegion,
    List<String> learningOutcomesFr,
    List<String> learningOutcomesEn,
    BigDecimal ects,
    Integer eqfLevel,
    AssessmentType assessmentType,
    ParticipationForm participationForm,
    QualityAssuranceType qualityAssurance,
    IdentityVerification identityVerification,
    Integer attendanceThresholdPercent,
    Integer validityMonths,
    Money price,
    String nsfCode,
    String prerequisites,
    String furtherInformation,
    String gradeScheme,
    String integrationStackability) {

  public static final String FRANCE = "FR";
  public static final int MAX_TEXT = 4000;
  public static final BigDecimal MAX_ECTS = new BigDecimal("99.99");
  public static final int MAX_VALIDITY_MONTHS = 600;

  public AnnexElements {
    issuerCountry = issuerCountry == null ? FRANCE : issuerCountry.strip();
    issuerRegion = blankToNull(issuerRegion);
    learningOutcomesFr = StoredLines.entries(learningOutcomesFr);
    learningOutcomesEn = StoredLines.entries(learningOutcomesEn);
    nsfCode = blankToNull(nsfCode);
    prerequisites = blankToNull(prerequisites);
    furtherInformation = blankToNull(furtherInformation);
    gradeScheme = blankToNull(gradeScheme);
    integrationStackability = blankToNull(integrationStackability);
  }

  /** The elements without the grade scheme and integration/stackability, as first stored. */
  public AnnexElements(
      String issuerCountry,
      String issuerRegion,
      List<String> learningOutcomesFr,
      List<String> learningOutcomesEn,
      BigDecimal ects,
      Integer eqfLevel,
      AssessmentType assessmentType,
      ParticipationForm participationForm,
      QualityAssuranceType qualityAssurance,
      IdentityVerification identityVerification,
      Integer attendanceThresholdPercent,
      Integer validityMonths,
      Money price,
      String nsfCode,
      String prerequisites,
      String furtherInformation) {
    this(
        issuerCountry,
        issuerRegion,
        learningOutcomesFr,
        learningOutcomesEn,
        ects,
        eqfLevel,
        assessmentType,
        participationForm,
        qualityAssurance,
        identityVerification,
        attendanceThresholdPercent,
        validityMonths,
        price,
        nsfCode,
        prerequisites,
        furtherInformation,
        null,
        null);
  }

  /** What a new draft carries: the issuer in France, nothing else. */
  public static AnnexElements none() {
    return new AnnexElements(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /**
   * These elements, with the grade scheme and integration/stackability of {@code stored} where
   * these leave them out: for callers that predate those two elements.
   */
  public AnnexElements keepingLaterElementsOf(AnnexElements stored) {
    return withLaterElements(
        gradeScheme == null ? stored.gradeScheme() : gradeScheme,
        integrationStackability == null
            ? stored.integrationStackability()
            : integrationStackability);
  }

  /** These elements with the given grade scheme and integration/stackability. */
  public AnnexElements withLaterElements(String gradeScheme, String integrationStackability) {
    return new AnnexElements(
        issuerCountry,
        issuerRegion,
        learningOutcomesFr,
        learningOutcomesEn,
        ects,
        eqfLevel,
        assessmentType,
        participationForm,
        qualityAssurance,
        identityVerification,
        attendanceThresholdPercent,
        validityMonths,
        price,
        nsfCode,
        prerequisites,
        furtherInformation,
        gradeScheme,
        integrationStackability);
  }

  /** Every value given that breaks its rule, in field order; empty when all are fine. */
  public List<FieldError> violations() {
    return new Rules()
        .require(issuerCountry.matches("[A-Z]{2}"), "issuerCountry", "error.country.format")
        .require(
            issuerRegion == null || issuerRegion.length() <= 100,
            "issuerRegion",
            "error.text.too-long",
            100)
        .require(
            StoredLines.fit(learningOutcomesFr, MAX_TEXT),
            "learningOutcomesFr",
            "error.outcomes.format")
        .require(
            StoredLines.fit(learningOutcomesEn, MAX_TEXT),
            "learningOutcomesEn",
            "error.outcomes.format")
        .require(
            ects == null || ects.signum() > 0 && ects.compareTo(MAX_ECTS) <= 0 && ects.scale() <= 2,
            "ects",
            "error.ects.range",
            MAX_ECTS)
        .require(
            eqfLevel == null || eqfLevel >= 1 && eqfLevel <= 8, "eqfLevel", "error.range", 1, 8)
        .require(
            attendanceThresholdPercent == null
                || attendanceThresholdPercent >= 0 && attendanceThresholdPercent <= 100,
            "attendanceThresholdPercent",
            "error.range",
            0,
            100)
        .require(
            validityMonths == null || validityMonths >= 1 && validityMonths <= MAX_VALIDITY_MONTHS,
            "validityMonths",
            "error.range",
            1,
            MAX_VALIDITY_MONTHS)
        .require(
            price == null
                || price.currency().equals(Money.EUR)
                    && price.amount().signum() >= 0
                    && price.amount().precision() - price.amount().scale() <= 8,
            "price",
            "error.price.format")
        .require(
            nsfCode == null || nsfCode.matches("[0-9]{3}[a-z]?"),
            "nsfCode",
            "error.nsf-code.format")
        .require(fits(prerequisites), "prerequisites", "error.text.too-long", MAX_TEXT)
        .require(fits(furtherInformation), "furtherInformation", "error.text.too-long", MAX_TEXT)
        .require(fits(gradeScheme), "gradeScheme", "error.text.too-long", MAX_TEXT)
        .require(
            fits(integrationStackability),
            "integrationStackability",
            "error.text.too-long",
            MAX_TEXT)
        .errors();
  }

  private static boolean fits(String text) {
    return text == null || text.length() <= MAX_TEXT;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
