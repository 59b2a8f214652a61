package fr.unicamp.enrolment.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.enrolment.domain.learner.Civility;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {

  static LearnerDetails named(Civility civility, String family, String usage, String given) {
    LearnerDetails d = Documents.learner(family, given, "x@example.org");
    return new LearnerDetails(
        civility,
        d.familyName(),
        usage,
        d.givenNames(),
        d.birthDate(),
        d.birthPlace(),
        d.nationality(),
        d.email(),
        d.phone(),
        d.address(),
        d.ine());
  }

  @Test
  void numbers_take_a_decimal_comma_and_units_a_no_break_space() {
    assertThat(FrenchFormat.hours(new BigDecimal("12.50"))).isEqualTo("12,5\u00a0h");
    assertThat(FrenchFormat.hours(new BigDecimal("21"))).isEqualTo("21\u00a0h");
    assertThat(FrenchFormat.hours(new BigDecimal("2E+1"))).isEqualTo("20\u00a0h");
    assertThat(FrenchFormat.percent(new BigDecimal("83.33"))).isEqualTo("83,33\u00a0%");
    assertThat(FrenchFormat.percent(new BigDecimal("100.00"))).isEqualTo("100\u00a0%");
    assertThat(FrenchFormat.date(LocalDate.of(2026, 8, 1))).isEqualTo("1 août 2026");
  }

  @Test
  void a_usage_name_comes_first_with_the_birth_name_after_it() {
    LearnerDetails married = named(Civility.MS, "Durand", "Martin", "Julie");
    LearnerDetails him = named(Civility.MR, "Lefèvre", null, "Noël");

    assertThat(FrenchFormat.name(married)).isEqualTo("MARTIN (DURAND) Julie");
    assertThat(FrenchFormat.civilName(married)).isEqualTo("Mme Julie MARTIN (née DURAND)");
    assertThat(FrenchFormat.civilName(named(Civility.MR, "Durand", "Martin", "Paul")))
        .isEqualTo("M. Paul MARTIN (né DURAND)");
    assertThat(FrenchFormat.civilName(him)).isEqualTo("M. Noël LEFÈVRE");
  }

  @Test
  void learners_sort_by_the_name_in_use_accents_breaking_ties_only() {
    List<LearnerDetails> learners =
        new ArrayList<>(
            List.of(
                named(Civility.MS, "Fabre", null, "Anne"),
                named(Civility.MS, "Zola", "Émery", "Lise"),
                named(Civility.MS, "Emery", null, "Lise"),
                named(Civility.MS, "Dupont", null, "Marc")));

    learners.sort(FrenchFormat.BY_NAME);

    assertThat(learners)
        .extracting(FrenchFormat::name)
        .containsExactly("DUPONT Marc", "EMERY Lise", "ÉMERY (ZOLA) Lise", "FABRE Anne");
  }

  @Test
  void a_university_provides_its_name_and_city_and_no_identifier_it_has_not_entered() {
    University lille = new University(UniversityCode.of("ULILLE"), "Université de Lille", "Lille");

    assertThat(TrainingProvider.of(lille))
        .isEqualTo(new TrainingProvider("Université de Lille", "Lille", null, null));
  }
}
