package fr.unicamp.catalogue.domain;

import static fr.unicamp.catalogue.domain.VersionFixtures.CFVU;
import static fr.unicamp.catalogue.domain.VersionFixtures.CLOCK;
import static fr.unicamp.catalogue.domain.VersionFixtures.assignId;
import static fr.unicamp.catalogue.domain.VersionFixtures.stored;
import static fr.unicamp.catalogue.domain.VersionFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.Versions;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules between the versions of one code: numbering, one open version, supersession. */
class VersionsTest {

  /** Version {@code n + 1} drafted from {@code source}, stored under {@code id}. */
  private static MicroCertification next(Versions versions, MicroCertification source, long id) {
    MicroCertification next = versions.draftNextFrom(source);
    assignId(next, id);
    return next;
  }

  @Test
  void numbers_the_next_version_after_the_highest_even_from_an_older_source() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.RETIRED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);
    walk(v2, MicroCertificationStatus.PUBLISHED);

    MicroCertification v3 = Versions.of(List.of(v2, v1)).draftNextFrom(v1);

    assertThat(Versions.of(List.of(v2, v1)).all()).containsExactly(v1, v2);
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.previousVersionId()).contains(1L);
  }

  @Test
  void refuses_a_second_open_version_naming_the_one_in_progress_until_it_is_published() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.PUBLISHED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);

    assertOpenVersionRefused(v1, v2, "DRAFT");
    v2.submitForReview(CLOCK);
    assertOpenVersionRefused(v1, v2, "IN_REVIEW");
    v2.approve(VersionFixtures.REVIEW, CLOCK);
    assertOpenVersionRefused(v1, v2, "APPROVED");
    v2.publish(CFVU, CLOCK);

    assertThat(Versions.of(List.of(v1, v2)).draftNextFrom(v1).version()).isEqualTo(3);
  }

  private static void assertOpenVersionRefused(
      MicroCertification source, MicroCertification open, String status) {
    var error =
        catchThrowableOfType(
            ConflictException.class,
            () -> Versions.of(List.of(source, open)).draftNextFrom(source));
    assertThat(error.messageKey()).isEqualTo("error.version.open");
    assertThat(error.arguments()).containsExactly("MC-01", 2, status);
  }

  @Test
  void a_draft_source_is_refused_before_the_other_versions_are_looked_at() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.PUBLISHED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> Versions.of(List.of(v1, v2)).draftNextFrom(v2));

    assertThat(error.fieldErrors().get(0).messageKey()).isEqualTo("error.version.not-frozen");
  }

  @Test
  void an_older_version_still_approved_does_not_block_the_next_one() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.APPROVED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);
    walk(v2, MicroCertificationStatus.PUBLISHED);

    MicroCertification v3 = Versions.of(List.of(v1, v2)).draftNextFrom(v2);

    assertThat(v3.version()).isEqualTo(3);
  }

  @Test
  void publishing_a_version_supersedes_the_older_published_one_only() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.PUBLISHED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);
    walk(v2, MicroCertificationStatus.PUBLISHED);

    assertThat(Versions.of(List.of(v1, v2)).supersededBy(v2)).containsExactly(v1);
    assertThat(Versions.of(List.of(v1, v2)).supersededBy(v1)).isEmpty();
    assertThat(Versions.supersededReason(2)).isEqualTo("superseded by version 2");
  }

  @Test
  void an_older_version_is_never_published_over_a_newer_published_one() {
    MicroCertification v1 = stored(1, MicroCertificationStatus.APPROVED);
    MicroCertification v2 = next(Versions.of(List.of(v1)), v1, 2);
    Versions versions = Versions.of(List.of(v1, v2));
    versions.requireNoNewerPublished(v1);
    walk(v2, MicroCertificationStatus.PUBLISHED);

    var error =
        catchThrowableOfType(ConflictException.class, () -> versions.requireNoNewerPublished(v1));

    assertThat(error.messageKey()).isEqualTo("error.version.newer-published");
    assertThat(error.arguments()).containsExactly("MC-01", 2);
    versions.requireNoNewerPublished(v2);
  }
}
