package fr.unicamp.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review transitions on the aggregate: what each records, and what each refuses. */
class MicroCertificationReviewTest {

  /** 31 March 2026, 22:30 UTC: already 00:30 on 1 April in Paris, still 31 March in UTC. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneId.of("Europe/Paris"));

  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
  private static final AcademicReview REVIEW =
      new AcademicReview(
          "Pr. Martin", LocalDate.of(2026, 3, 20), ReviewVerdict.FAVOURABLE, "Avis favorable");

  private static MicroCertification submitted() {
    MicroCertification m =
        MicroCertification.draft(UniversityCode.of("ULILLE"), "MC-01", "Analyser", null, 18);
    m.describe(MicroCertificationAnnexTest.complete());
    m.defineCompetencies(List.of(MicroCertificationCompetenciesAndPlanTest.competency("C1")));
    m.planSustainability(MicroCertificationCompetenciesAndPlanTest.plan());
    m.submitForReview(CLOCK);
    return m;
  }

  private static MicroCertification approved() {
    MicroCertification m = submitted();
    m.approve(REVIEW, CLOCK);
    return m;
  }

  private static List<FieldError> refusal(Runnable action) {
    return catchThrowableOfType(action::run, RuleViolationException.class).fieldErrors();
  }

  @Test
  void send_back_keeps_the_comments_and_lets_the_designers_edit_and_resubmit() {
    MicroCertification m = submitted();

    m.sendBack("  Préciser les critères  ", CLOCK);

    assertThat(m.status()).isEqualTo(MicroCertificationStatus.DRAFT);
    assertThat(m.workflow().sendBackComments()).isEqualTo("Préciser les critères");
    assertThat(m.sentBackAt()).contains(OffsetDateTime.parse("2026-03-31T22:30:00Z"));
    m.defineCompetencies(List.of(MicroCertificationCompetenciesAndPlanTest.competency("C2")));
    m.submitForReview(CLOCK);
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.IN_REVIEW);
  }

  @Test
  void send_back_needs_comments() {
    MicroCertification m = submitted();

    assertThat(refusal(() -> m.sendBack(" ", CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.comments-required");
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.IN_REVIEW);
  }

  @Test
  void approval_records_the_review_and_refuses_an_incomplete_one_listing_every_gap() {
    MicroCertification m = submitted();

    assertThat(refusal(() -> m.approve(new AcademicReview(" ", null, null, null), CLOCK)))
        .extracting(FieldError::field)
        .containsExactly(
            "academicReview.reviewer",
            "academicReview.reviewedOn",
            "academicReview.verdict",
            "academicReview.opinion");
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.IN_REVIEW);

    m.approve(REVIEW, CLOCK);

    assertThat(m.status()).isEqualTo(MicroCertificationStatus.APPROVED);
    assertThat(m.workflow().academicReview()).isEqualTo(REVIEW);
    assertThat(m.approvedAt()).isPresent();
  }

  @Test
  void publishes_with_a_cfvu_date_up_to_today_in_the_business_zone() {
    MicroCertification m = approved();

    m.publish(TODAY, CLOCK);

    assertThat(m.status()).isEqualTo(MicroCertificationStatus.PUBLISHED);
    assertThat(m.workflow().cfvuInformedOn()).isEqualTo(TODAY);
    assertThat(m.publishedAt()).isPresent();
  }

  @Test
  void refuses_to_publish_without_a_cfvu_date_or_with_a_future_one() {
    MicroCertification m = approved();

    assertThat(refusal(() -> m.publish(null, CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("gate.cfvu-informed");
    assertThat(refusal(() -> m.publish(TODAY.plusDays(1), CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("gate.cfvu-date");
    assertThat(m.status()).isEqualTo(MicroCertificationStatus.APPROVED);
  }

  @Test
  void retires_a_published_one_for_a_reason_and_nothing_leaves_retired() {
    MicroCertification m = approved();
    m.publish(TODAY, CLOCK);

    assertThat(refusal(() -> m.retire("", CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.reason-required");
    m.retire("Remplacée par MC-02", CLOCK);

    assertThat(m.status()).isEqualTo(MicroCertificationStatus.RETIRED);
    assertThat(m.workflow().retirementReason()).isEqualTo("Remplacée par MC-02");
    assertThat(refusal(() -> m.retire("encore", CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
  }

  @Test
  void a_forbidden_transition_is_reported_before_any_other_rule() {
    MicroCertification draft =
        MicroCertification.draft(UniversityCode.of("ULILLE"), "MC-02", "Analyser", null, 18);

    assertThat(refusal(() -> draft.publish(null, CLOCK)))
        .containsExactly(
            new FieldError("status", "error.workflow.transition", List.of("DRAFT", "PUBLISH")));
    assertThat(refusal(() -> draft.sendBack(null, CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
    assertThat(refusal(() -> draft.approve(null, CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
    assertThat(refusal(() -> draft.retire("x", CLOCK)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
    assertThat(draft.status()).isEqualTo(MicroCertificationStatus.DRAFT);
  }

  @Test
  void the_stored_review_is_what_publishing_reads() {
    MicroCertification m = approved();

    assertThat(m.workflow().canPublish()).isTrue();
    assertThat(m.workflow().academicReview().reviewer()).isEqualTo("Pr. Martin");
  }
}
