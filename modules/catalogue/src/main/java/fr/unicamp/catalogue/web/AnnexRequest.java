package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.QualityAssuranceType;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON body of {@code PUT /api/catalogue/micro-certifications/{id}}: the Annex I elements and
 * the authorship (co-producing universities' codes, designers' and tutors' names, brand). Codes and
 * the price arrive as strings (the price with two decimals, "120.00") so that a wrong one is
 * reported on its field together with every other broken rule. Like any PUT it replaces the whole:
 * a field left out is cleared.
 */
public record AnnexRequest(
    String issuerCountry,
    String issuerRegion,
    List<String> learningOutcomesFr,
    List<String> learningOutcomesEn,
    BigDecimal ects,
    Integer eqfLevel,
    String assessmentType,
    String participationForm,
    String qualityAssurance,
    String identityVerification,
    Integer attendanceThresholdPercent,
    Integer validityMonths,
    String price,
    String nsfCode,
    String prerequisites,
    String furtherInformation,
    String gradeScheme,
    String integrationStackability,
    List<String> coProducers,
    List<String> designers,
    List<String> tutors,
    String brand) {

  /** The authorship as given; the aggregate checks it against the consortium. */
  Authorship toAuthorship() {
    return new Authorship(coProducers, designers, tutors, brand);
  }

  /**
   * The elements, or a rule violation listing every field that cannot be read or is wrong, the
   * authorship's own rules included (those that need the micro-certification and the consortium are
   * the aggregate's).
   */
  AnnexElements toElements() {
    Rules rules = new Rules();
    var elements =
        new AnnexElements(
            issuerCountry,
            issuerRegion,
            learningOutcomesFr,
            learningOutcomesEn,
            ects,
            eqfLevel,
            RequestCodes.code(AssessmentType.class, assessmentType, "assessmentType", rules),
            RequestCodes.code(
                ParticipationForm.class, participationForm, "participationForm", rules),
            RequestCodes.code(
                QualityAssuranceType.class, qualityAssurance, "qualityAssurance", rules),
            RequestCodes.code(
                IdentityVerification.class, identityVerification, "identityVerification", rules),
            attendanceThresholdPercent,
            validityMonths,
            money(rules),
            nsfCode,
            prerequisites,
            furtherInformation,
            gradeScheme,
            integrationStackability);
    List<FieldError> errors = new ArrayList<>(rules.errors());
    errors.addAll(elements.violations());
    errors.addAll(toAuthorship().formatViolations());
    if (!errors.isEmpty()) {
      throw new RuleViolationException(errors);
    }
    return elements;
  }

  private Money money(Rules rules) {
    if (price == null) {
      return null;
    }
    boolean readable = price.matches("[0-9]{1,8}\\.[0-9]{2}");
    rules.require(readable, "price", "error.price.format");
    return readable ? Money.eur(price) : null;
  }
}
