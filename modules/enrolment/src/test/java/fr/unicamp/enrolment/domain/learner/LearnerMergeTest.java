package fr.unicamp.enrolment.domain.learner;

import static fr.unicamp.enrolment.domain.learner.Learners.julie;
import static fr.unicamp.enrolment.domain.learner.Learners.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LearnerMergeTest {

  private static final OffsetDateTime MONDAY =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void the_survivor_keeps_its_values_and_fills_the_missing_ones_from_the_absorbed() {
    Learner survivor =
        stored(1, Learners.withContact(Learners.withIne(julie(), null), null, null, null));
    PostalAddress address = new PostalAddress("1 place du Marché", null, "59800", "Lille", "FR");
    Learner absorbed =
        stored(
            2,
            Learners.withContact(
                Learners.withEmail(julie(), "old@example.org"), "Leroy", "+33700000000", address));

    LearnerMerge.Result result = LearnerMerge.merge(survivor, absorbed);

    assertThat(survivor.details().email()).isEqualTo("julie.m@example.org");
    assertThat(survivor.details().usageName()).isEqualTo("Leroy");
    assertThat(survivor.details().phone()).isEqualTo("+33700000000");
    assertThat(survivor.details().address()).isEqualTo(address);
    assertThat(survivor.details().ine()).isEqualTo("1234567890A");
    assertThat(result.survivor()).isEqualTo(LearnerId.of(1));
    assertThat(result.absorbed()).isEqualTo(LearnerId.of(2));
    assertThat(result.changes())
        .extracting(FieldChange::field)
        .containsExactly("usageName", "phone", "address", "ine");
    assertThat(result.changes().get(0)).isEqualTo(new FieldChange("usageName", null, "Leroy"));
    assertThat(absorbed.mergedInto()).contains(LearnerId.of(1));
    assertThat(survivor.isMerged()).isFalse();
  }

  @Test
  void the_more_recent_consent_answer_wins_and_is_reported() {
    Learner survivor = stored(1, julie());
    Learner absorbed = stored(2, julie());
    survivor.recordConsent(ConsentKind.PUBLICATION, true, MONDAY);
    absorbed.recordConsent(ConsentKind.PUBLICATION, false, MONDAY.plusDays(1));
    absorbed.recordConsent(ConsentKind.PUBLIC_VERIFICATION_PAGE, true, MONDAY.minusDays(3));
    survivor.recordConsent(ConsentKind.PUBLIC_VERIFICATION_PAGE, false, MONDAY);

    LearnerMerge.Result result = LearnerMerge.merge(survivor, absorbed);

    assertThat(survivor.hasConsentedTo(ConsentKind.PUBLICATION)).isFalse();
    assertThat(survivor.hasConsentedTo(ConsentKind.PUBLIC_VERIFICATION_PAGE)).isFalse();
    assertThat(result.changes())
        .extracting(FieldChange::field)
        .containsExactly("consents.PUBLICATION");
  }

  @Test
  void refuses_conflicting_identities_with_every_reason_and_changes_nothing() {
    Learner survivor = stored(1, julie());
    Learner absorbed =
        stored(
            2,
            Learners.withBirthDate(
                Learners.withIne(julie(), "99999999999"), LocalDate.of(1990, 1, 1)));

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> LearnerMerge.merge(survivor, absorbed));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("ine", "error.learner.merge.ine-conflict", "1234567890A", "99999999999"),
            FieldError.of(
                "birthDate",
                "error.learner.merge.birth-date-conflict",
                "1988-04-12",
                "1990-01-01"));
    assertThat(survivor.details()).isEqualTo(julie());
    assertThat(absorbed.isMerged()).isFalse();
  }

  @Test
  void refuses_merging_a_learner_with_itself_another_university_or_a_merged_record() {
    Learner one = stored(1, julie());
    assertThat(keysOf(one, stored(1, julie()))).containsExactly("error.learner.merge.same");
    Learner foreign = Learner.restore(2, UniversityCode.of("UNISTRA"), julie(), null);
    assertThat(keysOf(one, foreign)).containsExactly("error.learner.merge.university");
    Learner merged = Learner.restore(3, Learners.ULILLE, julie(), LearnerId.of(7));
    assertThat(keysOf(one, merged)).containsExactly("error.learner.merged-already");
  }

  @Test
  void a_merged_record_can_no_longer_change() {
    Learner merged = Learner.restore(3, Learners.ULILLE, julie(), LearnerId.of(7));

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> merged.recordConsent(ConsentKind.PUBLICATION, true, MONDAY));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.learner.merged");
    assertThat(merged.consents()).isEmpty();
  }

  @Test
  void consents_keep_the_latest_answer_even_when_recorded_out_of_order() {
    Learner learner = stored(1, julie());
    learner.recordConsent(ConsentKind.PUBLICATION, true, MONDAY.plusDays(2));
    learner.recordConsent(ConsentKind.PUBLICATION, false, MONDAY);

    assertThat(learner.hasConsentedTo(ConsentKind.PUBLICATION)).isTrue();
    assertThat(learner.consent(ConsentKind.PUBLICATION).orElseThrow().recordedAt())
        .isEqualTo(MONDAY.plusDays(2));
    assertThat(learner.hasConsentedTo(ConsentKind.PUBLIC_VERIFICATION_PAGE)).isFalse();
  }

  @Test
  void a_restored_learner_keeps_the_latest_stored_answer_per_consent() {
    Learner learner =
        Learner.restore(
            1,
            Learners.ULILLE,
            julie(),
            null,
            java.util.List.of(
                new Consent(ConsentKind.PUBLICATION, true, MONDAY),
                new Consent(ConsentKind.PUBLICATION, false, MONDAY.plusDays(1))));

    assertThat(learner.hasConsentedTo(ConsentKind.PUBLICATION)).isFalse();
    assertThat(learner.consents()).hasSize(1);
  }

  private static java.util.List<String> keysOf(Learner survivor, Learner absorbed) {
    return catchThrowableOfType(
            RuleViolationException.class, () -> LearnerMerge.merge(survivor, absorbed))
        .fieldErrors()
        .stream()
        .map(FieldError::messageKey)
        .toList();
  }
}
