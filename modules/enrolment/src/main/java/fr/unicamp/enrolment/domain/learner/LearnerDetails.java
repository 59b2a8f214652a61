package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner's civil status and contact details, as a student information system needs them (the
 * fields of Pégase's {@code VueInscription} and Apogée's {@code INDIVIDU}, standards.md §5.2–5.3).
 * Values are normalised on construction (trimmed, e-mail lower case, INE upper case, phone in E.164
 * when recognisable) and checked by {@link #violations}, which reports every failing field at once.
 *
 * @param usageName the name in use when it differs from the family (birth) name; optional
 * @param givenNames first names, as on the identity document
 * @param nationality ISO 3166-1 alpha-2
 * @param phone optional; E.164
 * @param address optional at registration
 * @param ine optional: the national student identifier when the learner knows it
 */
public record LearnerDetails(
    Civility civility,
    String familyName,
    String usageName,
    String givenNames,
    LocalDate birthDate,
    BirthPlace birthPlace,
    String nationality,
    String email,
    String phone,
    PostalAddress address,
    String ine) {

  /** Nobody enrolling is older than this; a birth date before it is a typing mistake. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** The youngest age at which continuing education takes a learner (end of compulsory school). */
  public static final int MINIMUM_AGE = 15;

  public LearnerDetails {
    familyName = Texts.clean(familyName);
    usageName = Texts.clean(usageName);
    givenNames = Texts.clean(givenNames);
    nationality = Countries.normalise(nationality);
    email = EmailAddress.normalise(email);
    phone = PhoneNumber.normalise(phone);
    ine = Ine.normalise(ine);
  }

  /** Every broken rule, fields named as in the REST body ({@code birthPlace.inseeCode}). */
  public List<FieldError> violations(LocalDate today) {
    Rules rules = new Rules();
    rules.require(civility != null, "civility", "error.required");
    name(rules, "familyName", familyName, true);
    name(rules, "usageName", usageName, false);
    name(rules, "givenNames", givenNames, true);
    rules.require(birthDate != null, "birthDate", "error.required");
    rules.require(
        birthDate == null
            || !birthDate.isBefore(EARLIEST_BIRTH_DATE)
                && !birthDate.isAfter(today.minusYears(MINIMUM_AGE)),
        "birthDate",
        "error.learner.birth-date.range",
        EARLIEST_BIRTH_DATE.toString(),
        MINIMUM_AGE);
    rules.require(birthPlace != null, "birthPlace", "error.required");
    rules.require(nationality != null, "nationality", "error.required");
    rules.require(
        nationality == null || Countries.isIso(nationality), "nationality", "error.country.format");
    rules.require(email != null, "email", "error.required");
    rules.require(
        email == null || EmailAddress.isValid(email), "email", "error.learner.email.format");
    rules.require(
        phone == null || PhoneNumber.isValid(phone), "phone", "error.learner.phone.format");
    rules.require(ine == null || Ine.isValid(ine), "ine", "error.learner.ine.format");
    List<FieldError> errors = new ArrayList<>(rules.errors());
    if (birthPlace != null) {
      errors.addAll(birthPlace.violations("birthPlace"));
    }
    if (address != null) {
      errors.addAll(address.violations("address"));
    }
    return errors;
  }

  /** The INE, once the details are valid. */
  public Optional<Ine> knownIne() {
    return Optional.ofNullable(ine).map(Ine::new);
  }

  /** The e-mail address, once the details are valid. */
  public EmailAddress emailAddress() {
    return new EmailAddress(email);
  }

  private static void name(Rules rules, String field, String value, boolean required) {
    rules.require(!required || value != null, field, "error.required");
    rules.require(Texts.fits(value, Texts.MAX_NAME), field, "error.text.too-long", Texts.MAX_NAME);
    rules.require(Texts.isName(value), field, "error.learner.name.format");
  }
}
