package fr.unicamp.catalogue.domain;

import static fr.unicamp.catalogue.domain.VersionFixtures.CLOCK;
import static fr.unicamp.catalogue.domain.VersionFixtures.CONSORTIUM;
import static fr.unicamp.catalogue.domain.VersionFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A frozen micro-certification and the next version drafted from it. */
class MicroCertificationVersionTest {

  private static List<FieldError> refusal(Runnable action) {
    return catchThrowableOfType(action::run, RuleViolationException.class).fieldErrors();
  }

  @Test
  void the_next_version_copies_every_element_competency_the_plan_and_the_authorship() {
    MicroCertification published = stored(7, MicroCertificationStatus.PUBLISHED);

    MicroCertification next = published.draftNextVersion(2);

    assertThat(next.id()).as("a new row, numbered when stored").isNull();
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.previousVersionId()).contains(7L);
    assertThat(next.status()).isEqualTo(MicroCertificationStatus.DRAFT);
    assertThat(next.university()).isEqualTo(published.university());
    assertThat(next.code()).isEqualTo("MC-01");
    assertThat(next.titleFr()).isEqualTo("Analyser");
    assertThat(next.titleEn()).isEqualTo("Analyse");
    assertThat(next.hours()).isEqualTo(18);
    assertThat(next.annex()).isEqualTo(VersionFixtures.everyElement());
    assertThat(next.competencies()).isEqualTo(VersionFixtures.competencies());
    assertThat(next.sustainabilityPlan()).contains(VersionFixtures.plan());
    assertThat(next.authorship()).isEqualTo(VersionFixtures.authorship());
    assertThat(next.checklist()).allMatch(c -> c.passed());
  }

  @Test
  void the_next_version_records_nothing_of_the_review_and_leaves_the_source_as_it_was() {
    MicroCertification published = stored(7, MicroCertificationStatus.PUBLISHED);
    String before = published.toString();

    MicroCertification next = published.draftNextVersion(2);

    assertThat(next.workflow().academicReview()).isNull();
    assertThat(next.workflow().cfvuInformedOn()).isNull();
    assertThat(next.submittedAt()).isEmpty();
    assertThat(next.publishedAt()).isEmpty();
    assertThat(published.toString()).isEqualTo(before).contains("v1", "PUBLISHED");
    assertThat(published.id()).isEqualTo(7L);
    assertThat(published.workflow().academicReview()).isEqualTo(VersionFixtures.REVIEW);
    assertThat(next.toString()).isEqualTo("MC-01 v2 (ULILLE, 18 h, DRAFT)");
  }

  @ParameterizedTest
  @EnumSource(
      value = MicroCertificationStatus.class,
      names = {"APPROVED", "PUBLISHED", "RETIRED"})
  void approved_published_and_retired_ones_get_a_next_version(MicroCertificationStatus status) {
    MicroCertification m = stored(3, status);

    assertThat(m.canDraftNextVersion()).isTrue();
    assertThat(m.draftNextVersion(2).status()).isEqualTo(MicroCertificationStatus.DRAFT);
  }

  @ParameterizedTest
  @EnumSource(
      value = MicroCertificationStatus.class,
      names = {"DRAFT", "IN_REVIEW"})
  void a_draft_or_one_in_review_is_changed_directly_not_versioned(MicroCertificationStatus status) {
    MicroCertification m = stored(3, status);

    assertThat(m.canDraftNextVersion()).isFalse();
    assertThat(refusal(() -> m.draftNextVersion(2)))
        .containsExactly(FieldError.of("status", "error.version.not-frozen", status.name()));
  }

  @Test
  void a_version_number_must_follow_the_source() {
    MicroCertification m = stored(3, MicroCertificationStatus.PUBLISHED);

    assertThatThrownBy(() -> m.draftNextVersion(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = MicroCertificationStatus.class,
      names = {"IN_REVIEW", "APPROVED", "PUBLISHED", "RETIRED"})
  void every_mutator_is_refused_once_it_left_the_draft_and_changes_nothing(
      MicroCertificationStatus status) {
    MicroCertification m = stored(3, status);
    FieldError notDraft =
        FieldError.of("status", "error.micro-certification.not-draft", status.name());

    for (Runnable mutator :
        List.<Runnable>of(
            () -> m.describe(MicroCertificationAnnexTest.complete()),
            () -> m.describe(MicroCertificationAnnexTest.complete(), Authorship.none(), CONSORTIUM),
            () -> m.defineCompetencies(List.of()),
            () -> m.planSustainability(MicroCertificationCompetenciesAndPlanTest.plan()))) {
      assertThat(refusal(mutator)).containsExactly(notDraft);
    }
    assertThat(refusal(() -> m.submitForReview(CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
    assertThat(m.status()).isEqualTo(status);
    assertThat(m.annex()).isEqualTo(VersionFixtures.everyElement());
    assertThat(m.authorship()).isEqualTo(VersionFixtures.authorship());
    assertThat(m.competencies()).isEqualTo(VersionFixtures.competencies());
  }
}
