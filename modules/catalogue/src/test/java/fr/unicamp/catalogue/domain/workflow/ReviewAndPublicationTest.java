package fr.unicamp.catalogue.domain.workflow;

import static fr.unicamp.catalogue.domain.workflow.Fixtures.TODAY;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.APPROVED;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.DRAFT;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.IN_REVIEW;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the review and the publication record, and what they refuse. */
class ReviewAndPublicationTest {

  @Test
  void sends_a_draft_back_with_the_reviewers_comments_and_resubmits_it() {
    CatalogueWorkflow sentBack =
        Fixtures.workflowIn(IN_REVIEW).sendBack("  Préciser la grille critériée  ");

    assertThat(sentBack.status()).isEqualTo(DRAFT);
    assertThat(sentBack.sendBackComments()).isEqualTo("Préciser la grille critériée");
    assertThat(sentBack.submitForReview(Fixtures.completeFacts()).status()).isEqualTo(IN_REVIEW);
  }

  @Test
  void refuses_to_send_back_without_comments_and_stays_in_review() {
    CatalogueWorkflow inReview = Fixtures.workflowIn(IN_REVIEW);

    var error = catchThrowableOfType(RuleViolationException.class, () -> inReview.sendBack("\t"));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("comments", "error.workflow.comments-required"));
    assertThat(inReview.status()).isEqualTo(IN_REVIEW);
  }

  @Test
  void approval_records_the_academic_review() {
    CatalogueWorkflow approved = Fixtures.workflowIn(IN_REVIEW).approve(Fixtures.REVIEW);

    assertThat(approved.status()).isEqualTo(APPROVED);
    assertThat(approved.academicReview()).isEqualTo(Fixtures.REVIEW);
  }

  @Test
  void refuses_an_approval_whose_review_lacks_its_reviewer_date_and_opinion() {
    CatalogueWorkflow inReview = Fixtures.workflowIn(IN_REVIEW);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> inReview.approve(new AcademicReview(" ", null, null, "")));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("academicReview.reviewer", "error.required"),
            FieldError.of("academicReview.reviewedOn", "error.required"),
            FieldError.of("academicReview.verdict", "error.required"),
            FieldError.of("academicReview.opinion", "error.required"));
    assertThat(inReview.status()).isEqualTo(IN_REVIEW);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewVerdict.class,
      names = {"FAVOURABLE", "FAVOURABLE_WITH_RESERVATIONS"})
  void a_favourable_verdict_with_or_without_reservations_approves(ReviewVerdict verdict) {
    AcademicReview review =
        new AcademicReview("Prof. Martin", TODAY, verdict, "Réserve : préciser la grille");

    CatalogueWorkflow approved = Fixtures.workflowIn(IN_REVIEW).approve(review);

    assertThat(approved.status()).isEqualTo(APPROVED);
    assertThat(approved.academicReview().verdict()).isEqualTo(verdict);
    assertThat(approved.publicationChecklist(new PublicationFacts(TODAY, TODAY)))
        .allMatch(RuleCheck::passed);
  }

  @Test
  void refuses_to_approve_on_an_unfavourable_verdict_telling_to_send_it_back() {
    CatalogueWorkflow inReview = Fixtures.workflowIn(IN_REVIEW);
    AcademicReview unfavourable =
        new AcademicReview("Prof. Martin", TODAY, ReviewVerdict.UNFAVOURABLE, "Grille absente");

    var error =
        catchThrowableOfType(RuleViolationException.class, () -> inReview.approve(unfavourable));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("academicReview.verdict", "error.workflow.unfavourable-opinion"));
    assertThat(inReview.status()).isEqualTo(IN_REVIEW);
    assertThat(unfavourable.isComplete()).isFalse();
  }

  @Test
  void refuses_an_approval_without_a_verdict_even_with_an_opinion() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Fixtures.workflowIn(IN_REVIEW)
                    .approve(new AcademicReview("Prof. Martin", TODAY, null, "Avis favorable")));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("academicReview.verdict", "error.required"));
  }

  @Test
  void publication_records_the_date_the_cfvu_was_informed() {
    CatalogueWorkflow published =
        Fixtures.workflowIn(APPROVED).publish(new PublicationFacts(TODAY, TODAY));

    assertThat(published.status()).isEqualTo(PUBLISHED);
    assertThat(published.cfvuInformedOn()).isEqualTo(TODAY);
  }

  @Test
  void refuses_to_publish_before_the_cfvu_is_informed() {
    CatalogueWorkflow approved = Fixtures.workflowIn(APPROVED);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> approved.publish(new PublicationFacts(null, TODAY)));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("cfvuInformedOn", "gate.cfvu-informed"));
    assertThat(approved.status()).isEqualTo(APPROVED);
  }

  @Test
  void refuses_a_cfvu_date_in_the_future() {
    LocalDate tomorrow = TODAY.plusDays(1);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> Fixtures.workflowIn(APPROVED).publish(new PublicationFacts(tomorrow, TODAY)));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("cfvuInformedOn", "gate.cfvu-date"));
  }

  @Test
  void a_stored_approval_without_its_review_cannot_be_published() {
    CatalogueWorkflow restored = CatalogueWorkflow.restore(APPROVED, null, null, null, null);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> restored.publish(new PublicationFacts(null, TODAY)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("academicReview", "gate.academic-review"),
            FieldError.of("cfvuInformedOn", "gate.cfvu-informed"));
  }

  @Test
  void the_publication_checklist_shows_what_is_still_missing() {
    CatalogueWorkflow approved = Fixtures.workflowIn(APPROVED);

    assertThat(approved.publicationChecklist(new PublicationFacts(null, TODAY)))
        .extracting(RuleCheck::rule, RuleCheck::passed)
        .containsExactly(
            tuple("ACADEMIC_REVIEW", true),
            tuple("CFVU_INFORMED", false),
            tuple("CFVU_DATE_NOT_IN_FUTURE", true));
  }

  @Test
  void retiring_keeps_the_reason_and_refuses_a_blank_one() {
    CatalogueWorkflow published = Fixtures.workflowIn(PUBLISHED);

    var error = catchThrowableOfType(RuleViolationException.class, () -> published.retire(""));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("reason", "error.workflow.reason-required"));
    assertThat(published.retire(" Obsolète ").retirementReason()).isEqualTo("Obsolète");
    assertThat(published.status()).isEqualTo(PUBLISHED);
  }
}
