package fr.unicamp.enrolment.domain.learner;

import static fr.unicamp.enrolment.domain.learner.Learners.TODAY;
import static fr.unicamp.enrolment.domain.learner.Learners.ULILLE;
import static fr.unicamp.enrolment.domain.learner.Learners.julie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnerDetailsTest {

  @Test
  void valid_details_have_no_violation_and_are_normalised() {
    LearnerDetails d =
        Learners.withEmail(Learners.withIne(julie(), " 1234567890a "), "  Julie.M@Example.ORG ");

    assertThat(d.violations(TODAY)).isEmpty();
    assertThat(d.email()).isEqualTo("julie.m@example.org");
    assertThat(d.ine()).isEqualTo("1234567890A");
    assertThat(d.phone()).isEqualTo("+33612345678");
    assertThat(d.givenNames()).isEqualTo("Julie Anne");
  }

  @Test
  void reports_every_failing_field_at_once() {
    LearnerDetails empty =
        new LearnerDetails(null, " ", null, "", null, null, "", "  ", null, null, null);

    assertThat(empty.violations(TODAY))
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "civility:error.required",
            "familyName:error.required",
            "givenNames:error.required",
            "birthDate:error.required",
            "birthPlace:error.required",
            "nationality:error.required",
            "email:error.required");
  }

  @Test
  void reports_bad_formats_of_nested_fields_with_their_paths() {
    LearnerDetails d =
        new LearnerDetails(
            Civility.MR,
            "Dupont3",
            null,
            "Karim",
            LocalDate.of(1979, 11, 3),
            new BirthPlace("Ajaccio", "2C004", "FR"),
            "XX",
            "karim@",
            "12",
            new PostalAddress(null, null, "7500", "Paris", "FR"),
            "ABC");

    assertThat(d.violations(TODAY))
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactlyInAnyOrder(
            "familyName:error.learner.name.format",
            "nationality:error.country.format",
            "email:error.learner.email.format",
            "phone:error.learner.phone.format",
            "ine:error.learner.ine.format",
            "birthPlace.inseeCode:error.learner.insee-code.format",
            "address.line1:error.required",
            "address.postalCode:error.learner.postal-code.format");
  }

  @Test
  void a_french_birth_place_needs_commune_and_insee_code_and_corsica_codes_are_accepted() {
    assertThat(new BirthPlace(null, null, "FR").violations("p"))
        .containsExactly(
            FieldError.of("p.commune", "error.required"),
            FieldError.of("p.inseeCode", "error.required"));
    assertThat(new BirthPlace("Ajaccio", "2a004", "fr").violations("p")).isEmpty();
    assertThat(new BirthPlace("Fort-de-France", "97209", "FR").violations("p")).isEmpty();
  }

  @Test
  void a_birth_abroad_needs_the_country_and_no_insee_code() {
    assertThat(new BirthPlace(null, null, "MA").violations("p")).isEmpty();
    assertThat(new BirthPlace("Casablanca", null, "MA").violations("p")).isEmpty();
    assertThat(new BirthPlace("Casablanca", "99350", "MA").violations("p"))
        .containsExactly(FieldError.of("p.inseeCode", "error.learner.insee-code.abroad"));
    assertThat(new BirthPlace("Nowhere", null, "QQ").violations("p"))
        .containsExactly(FieldError.of("p.country", "error.country.format"));
  }

  @Test
  void birth_date_is_neither_before_1900_nor_less_than_fifteen_years_ago() {
    assertThat(errorsFor(LocalDate.of(1899, 12, 31))).hasSize(1);
    assertThat(errorsFor(LocalDate.of(1900, 1, 1))).isEmpty();
    assertThat(errorsFor(TODAY.minusYears(15))).isEmpty();
    assertThat(errorsFor(TODAY.minusYears(15).plusDays(1)))
        .containsExactly(
            FieldError.of("birthDate", "error.learner.birth-date.range", "1900-01-01", 15));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+33612345678", "0033 6 12 34 56 78", "06.12.34.56.78", "+1 (415) 555-2671"})
  void accepts_phone_numbers_that_normalise_to_e164(String typed) {
    assertThat(PhoneNumber.isValid(PhoneNumber.normalise(typed))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"612345678", "+0612345678", "+33 6 12 ab", "+1234567", "+1234567890123456"})
  void rejects_phone_numbers_that_are_not_e164(String typed) {
    assertThat(PhoneNumber.isValid(PhoneNumber.normalise(typed))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890A", "123456789AB", "0987654321B", "A1B2C3D4E5F"})
  void accepts_an_ine_of_eleven_digits_and_capitals(String ine) {
    assertThat(Ine.isValid(Ine.normalise(ine))).isTrue();
    assertThat(new Ine(ine).value()).isEqualTo(ine);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "1234567890AB", "12345-67890", "1234567890é"})
  void rejects_an_ine_of_another_length_or_alphabet(String ine) {
    assertThat(Ine.isValid(Ine.normalise(ine))).isFalse();
    var error = catchThrowableOfType(RuleViolationException.class, () -> new Ine(ine));
    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.learner.ine.format");
  }

  @Test
  void register_refuses_invalid_details_with_every_error_and_correct_keeps_the_old_ones() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Learner.register(
                    ULILLE, Learners.withEmail(Learners.withIne(julie(), "x"), "y"), TODAY));
    assertThat(error.fieldErrors()).extracting(FieldError::field).containsExactly("email", "ine");

    Learner learner = Learner.register(ULILLE, julie(), TODAY);
    catchThrowableOfType(
        RuleViolationException.class,
        () -> learner.correct(Learners.withEmail(julie(), "nope"), TODAY));
    assertThat(learner.details()).isEqualTo(julie());
  }

  private static java.util.List<FieldError> errorsFor(LocalDate birthDate) {
    return Learners.withBirthDate(julie(), birthDate).violations(TODAY);
  }
}
