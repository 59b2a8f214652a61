package fr.unicamp.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MicroCertificationTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  @ParameterizedTest
  @ValueSource(ints = {7, 18, 30})
  void drafts_a_course_of_seven_to_thirty_hours(int hours) {
    MicroCertification m = MicroCertification.draft(ULILLE, "MC-01", " Titre ", null, hours);
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.DRAFT);
    assertThat(m.university()).isEqualTo(ULILLE);
    assertThat(m.titleFr()).isEqualTo("Titre");
    assertThat(m.hours()).isEqualTo(hours);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 6, 31, 350})
  void rejects_hours_outside_the_framework_band(int hours) {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> MicroCertification.draft(ULILLE, "MC-01", "Titre", null, hours));
    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("hours", "error.hours.range", 7, 30));
  }

  @Test
  void reports_every_missing_element_together() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> MicroCertification.draft(ULILLE, "bad code", " ", null, 3));
    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("code", "titleFr", "hours");
  }
}
