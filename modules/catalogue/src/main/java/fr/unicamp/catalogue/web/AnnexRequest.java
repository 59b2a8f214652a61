package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.QualityAssuranceType;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON body of {@code PUT /api/catalogue/micro-certifications/{id}}: the Annex I elements.
 * Codes and the price arrive as strings (the price with two decimals, "120.00") so that a wrong one
 * is reported on its field together with every other broken rule.
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
    String furtherInformation) {

  /** The elements, or a rule violation listing every field that cannot be read or is wrong. */
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
            code(AssessmentType.class, assessmentType, "assessmentType", rules),
            code(ParticipationForm.class, participationForm, "participationForm", rules),
            code(QualityAssuranceType.class, qualityAssurance, "qualityAssurance", rules),
            code(IdentityVerification.class, identityVerification, "identityVerification", rules),
            attendanceThresholdPercent,
            validityMonths,
            money(rules),
            nsfCode,
            prerequisites,
            furtherInformation);
    List<FieldError> errors = new ArrayList<>(rules.errors());
    errors.addAll(elements.violations());
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

  /** The constant of {@code type} named {@code value}; an unknown name is reported on field. */
  static <E extends Enum<E>> E code(Class<E> type, String value, String field, Rules rules) {
    if (value == null) {
      return null;
    }
    var match = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value));
    E found = match.findFirst().orElse(null);
    rules.require(
        found != null,
        field,
        "error.code.unknown",
        value,
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return found;
  }
}
