package fr.unicamp.catalogue.domain.workflow;

import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.APPROVED;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.DRAFT;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.IN_REVIEW;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.PUBLISHED;
import static fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus.RETIRED;
import static fr.unicamp.catalogue.domain.workflow.WorkflowAction.APPROVE;
import static fr.unicamp.catalogue.domain.workflow.WorkflowAction.PUBLISH;
import static fr.unicamp.catalogue.domain.workflow.WorkflowAction.RETIRE;
import static fr.unicamp.catalogue.domain.workflow.WorkflowAction.SEND_BACK;
import static fr.unicamp.catalogue.domain.workflow.WorkflowAction.SUBMIT_FOR_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every status × action pair: the five allowed transitions and the twenty forbidden. */
class WorkflowTransitionsTest {

  /** The lifecycle as the issue draws it, written out rather than read from the code. */
  private static final Map<MicroCertificationStatus, Map<WorkflowAction, MicroCertificationStatus>>
      ALLOWED =
          Map.of(
              DRAFT, Map.of(SUBMIT_FOR_REVIEW, IN_REVIEW),
              IN_REVIEW, Map.of(SEND_BACK, DRAFT, APPROVE, APPROVED),
              APPROVED, Map.of(PUBLISH, PUBLISHED),
              PUBLISHED, Map.of(RETIRE, RETIRED),
              RETIRED, Map.of());

  @Test
  void the_lifecycle_table_covers_every_status_and_five_transitions() {
    assertThat(ALLOWED).containsOnlyKeys(MicroCertificationStatus.values());
    assertThat(forbidden()).hasSize(20);
  }

  static Stream<Arguments> allowed() {
    return pairs().filter(a -> isAllowed(a.get()));
  }

  static Stream<Arguments> forbidden() {
    return pairs().filter(a -> !isAllowed(a.get()));
  }

  @ParameterizedTest(name = "{0} --{1}--> allowed")
  @MethodSource("allowed")
  void takes_an_allowed_action_to_its_next_status(
      MicroCertificationStatus from, WorkflowAction action) {
    CatalogueWorkflow before = Fixtures.workflowIn(from);

    CatalogueWorkflow after = perform(action, before);

    assertThat(after.status()).isEqualTo(ALLOWED.get(from).get(action));
    assertThat(before.status()).isEqualTo(from);
    assertThat(guard(action, before)).isTrue();
  }

  @ParameterizedTest(name = "{0} --{1}--> forbidden")
  @MethodSource("forbidden")
  void refuses_a_forbidden_action_naming_the_status_and_the_action(
      MicroCertificationStatus from, WorkflowAction action) {
    CatalogueWorkflow before = Fixtures.workflowIn(from);
    CatalogueWorkflow copy = Fixtures.workflowIn(from);

    var error = catchThrowableOfType(RuleViolationException.class, () -> perform(action, before));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("status", "error.workflow.transition", from.name(), action.name()));
    assertThat(before).isEqualTo(copy);
    assertThat(guard(action, before)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void lists_exactly_the_allowed_actions_of_each_status(MicroCertificationStatus status) {
    assertThat(Fixtures.workflowIn(status).allowedActions())
        .containsExactlyInAnyOrderElementsOf(ALLOWED.get(status).keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbidden")
  void refuses_a_forbidden_action_before_looking_at_its_arguments(
      MicroCertificationStatus from, WorkflowAction action) {
    CatalogueWorkflow before = Fixtures.workflowIn(from);

    var error =
        catchThrowableOfType(RuleViolationException.class, () -> performBadly(action, before));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.workflow.transition");
  }

  static Stream<MicroCertificationStatus> statuses() {
    return Arrays.stream(MicroCertificationStatus.values());
  }

  private static Stream<Arguments> pairs() {
    return statuses()
        .flatMap(s -> Arrays.stream(WorkflowAction.values()).map(a -> Arguments.of(s, a)));
  }

  private static boolean isAllowed(Object[] pair) {
    return ALLOWED.get((MicroCertificationStatus) pair[0]).containsKey((WorkflowAction) pair[1]);
  }

  private static CatalogueWorkflow perform(WorkflowAction action, CatalogueWorkflow w) {
    return switch (action) {
      case SUBMIT_FOR_REVIEW -> w.submitForReview(Fixtures.completeFacts());
      case SEND_BACK -> w.sendBack("Préciser les critères");
      case APPROVE -> w.approve(Fixtures.REVIEW);
      case PUBLISH -> w.publish(Fixtures.CFVU_INFORMED);
      case RETIRE -> w.retire("Programme refondu");
    };
  }

  /** Each action with arguments its own rules would refuse. */
  private static CatalogueWorkflow performBadly(WorkflowAction action, CatalogueWorkflow w) {
    return switch (action) {
      case SUBMIT_FOR_REVIEW -> w.submitForReview(GateFacts.empty());
      case SEND_BACK -> w.sendBack(" ");
      case APPROVE -> w.approve(null);
      case PUBLISH -> w.publish(new PublicationFacts(null, Fixtures.TODAY));
      case RETIRE -> w.retire(null);
    };
  }

  private static boolean guard(WorkflowAction action, CatalogueWorkflow w) {
    return switch (action) {
      case SUBMIT_FOR_REVIEW -> w.canSubmitForReview();
      case SEND_BACK -> w.canSendBack();
      case APPROVE -> w.canApprove();
      case PUBLISH -> w.canPublish();
      case RETIRE -> w.canRetire();
    };
  }
}
