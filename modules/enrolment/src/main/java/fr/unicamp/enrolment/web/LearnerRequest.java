package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.learner.BirthPlace;
import fr.unicamp.enrolment.domain.learner.Civility;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.PostalAddress;

/**
 * The JSON body that registers a learner: the university that knows them, their civil status
 * ({@code civility} {@code MS} or {@code MR}, {@code birthDate} ISO, countries ISO alpha-2) and
 * contact details. Unreadable values are reported together, before the learner's own rules.
 */
public record LearnerRequest(
    String university,
    String civility,
    String familyName,
    String usageName,
    String givenNames,
    String birthDate,
    BirthPlaceBody birthPlace,
    String nationality,
    String email,
    String phone,
    AddressBody address,
    String ine) {

  /** Where the learner was born: commune and INSEE code in France, the country elsewhere. */
  public record BirthPlaceBody(String commune, String inseeCode, String country) {}

  public record AddressBody(
      String line1, String line2, String postalCode, String city, String country) {}

  UniversityCode universityCode() {
    new Rules()
        .require(university != null && !university.isBlank(), "university", "error.required")
        .throwIfAny();
    return UniversityCode.of(university.strip());
  }

  LearnerDetails details() {
    Rules rules = new Rules();
    LearnerDetails details =
        new LearnerDetails(
            RequestFields.code(rules, "civility", Civility.class, civility),
            familyName,
            usageName,
            givenNames,
            RequestFields.date(rules, "birthDate", birthDate),
            birthPlace == null
                ? null
                : new BirthPlace(
                    birthPlace.commune(), birthPlace.inseeCode(), birthPlace.country()),
            nationality,
            email,
            phone,
            address == null
                ? null
                : new PostalAddress(
                    address.line1(),
                    address.line2(),
                    address.postalCode(),
                    address.city(),
                    address.country()),
            ine);
    rules.throwIfAny();
    return details;
  }
}
