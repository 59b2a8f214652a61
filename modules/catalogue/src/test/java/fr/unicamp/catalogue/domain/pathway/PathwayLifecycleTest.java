package fr.unicamp.catalogue.domain.pathway;

import static fr.unicamp.catalogue.domain.pathway.Catalogue.CLOCK;
import static fr.unicamp.catalogue.domain.pathway.Members.ULILLE;
import static fr.unicamp.catalogue.domain.pathway.Members.UNISTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every allowed and every forbidden transition of a stored pathway, and what each checks. */
class PathwayLifecycleTest {

  private final Catalogue catalogue = new Catalogue();

  private PathwayEntry draft(int... hours) {
    return PathwayEntry.design(
        Catalogue.design("BLOC", catalogue.publishedRequired(UNISTRA, hours)), catalogue, CLOCK);
  }

  private PathwayEntry inStatus(PathwayStatus status) {
    PathwayEntry p = draft(30, 30);
    if (status != PathwayStatus.DRAFT) {
      p.activate(catalogue, CLOCK);
    }
    if (status == PathwayStatus.CLOSED) {
      p.close(CLOCK);
    }
    return p;
  }

  private static List<FieldError> refusal(Runnable action) {
    return catchThrowableOfType(RuleViolationException.class, action::run).fieldErrors();
  }

  @Test
  void a_draft_is_saved_below_its_band_and_shows_its_hours() {
    PathwayEntry p = draft(20, 10);

    assertThat(p.status()).isEqualTo(PathwayStatus.DRAFT);
    assertThat(p.hours().requiredHours()).isEqualTo(30);
    assertThat(p.hours().fitsBand()).isFalse();
    assertThat(p.definition()).isEmpty();
    assertThat(p.createdAt()).isEqualTo(OffsetDateTime.parse("2026-03-31T22:30:00Z"));
  }

  @Test
  void activation_checks_the_band_and_leaves_a_short_draft_as_it_was() {
    PathwayEntry p = draft(20, 10);

    assertThat(refusal(() -> p.activate(catalogue, CLOCK)))
        .containsExactly(FieldError.of("members", "error.pathway.hours-band.min", 30, "BLOC", 50));
    assertThat(p.status()).isEqualTo(PathwayStatus.DRAFT);
    assertThat(p.activatedAt()).isEmpty();
  }

  @Test
  void activation_refuses_required_members_over_the_maximum() {
    PathwayEntry p = draft(30, 30, 30, 20);

    assertThat(refusal(() -> p.activate(catalogue, CLOCK)))
        .containsExactly(
            FieldError.of("members", "error.pathway.hours-band.max", 110, "BLOC", 100));
  }

  @Test
  void an_activated_pathway_holds_and_defines_its_stack() {
    PathwayEntry p = draft(30, 25);

    p.activate(catalogue, CLOCK);

    assertThat(p.status()).isEqualTo(PathwayStatus.ACTIVE);
    assertThat(p.activatedAt()).contains(OffsetDateTime.parse("2026-03-31T22:30:00Z"));
    Pathway stack = p.definition().orElseThrow();
    assertThat(stack.kind()).isEqualTo(PathwayKind.BLOC);
    assertThat(stack.awardingUniversity()).isEqualTo(ULILLE);
    assertThat(stack.members())
        .extracting(m -> m.microCertification().university())
        .containsOnly(UNISTRA);
  }

  @Test
  void activation_refuses_a_member_retired_since_it_was_added() {
    PathwayEntry p = draft(30, 25);
    long first = p.members().get(0).microCertificationId();
    catalogue.restate(catalogue.apply(first).orElseThrow(), MicroCertificationStatus.RETIRED);

    assertThat(refusal(() -> p.activate(catalogue, CLOCK)))
        .containsExactly(
            FieldError.of(
                "members[0]", "error.pathway.member.not-published", "MC-" + first, "RETIRED"),
            FieldError.of("members", "error.pathway.hours-band.min", 25, "BLOC", 50));
    assertThat(p.status()).isEqualTo(PathwayStatus.DRAFT);
  }

  @Test
  void an_active_pathway_changes_only_within_its_band() {
    PathwayEntry p = inStatus(PathwayStatus.ACTIVE);
    List<MemberChoice> shorter = catalogue.publishedRequired(UNISTRA, 30);

    assertThat(refusal(() -> p.redesign(Catalogue.design("BLOC", shorter), catalogue)))
        .extracting(FieldError::messageKey)
        .containsExactly("error.pathway.hours-band.min");
    assertThat(p.hours().requiredHours()).isEqualTo(60);

    List<MemberChoice> other = catalogue.publishedRequired(ULILLE, 30, 30, 10);
    p.redesign(Catalogue.design("BLOC", other), catalogue);
    assertThat(p.hours().requiredHours()).isEqualTo(70);
    assertThat(p.members()).extracting(PathwayEntryMember::memberUniversity).containsOnly(ULILLE);
  }

  @Test
  void closing_keeps_the_pathway_as_it_was() {
    PathwayEntry p = inStatus(PathwayStatus.ACTIVE);

    p.close(CLOCK);

    assertThat(p.status()).isEqualTo(PathwayStatus.CLOSED);
    assertThat(p.closedAt()).isPresent();
    assertThat(p.definition()).isPresent();
  }

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @CsvSource({
    "DRAFT, EDIT, true",
    "DRAFT, ACTIVATE, true",
    "DRAFT, CLOSE, false",
    "DRAFT, DELETE, true",
    "ACTIVE, EDIT, true",
    "ACTIVE, ACTIVATE, false",
    "ACTIVE, CLOSE, true",
    "ACTIVE, DELETE, false",
    "CLOSED, EDIT, false",
    "CLOSED, ACTIVATE, false",
    "CLOSED, CLOSE, false",
    "CLOSED, DELETE, false"
  })
  void walks_every_transition(PathwayStatus status, String action, boolean allowed) {
    PathwayEntry p = inStatus(status);
    Runnable transition =
        switch (action) {
          case "EDIT" ->
              () ->
                  p.redesign(
                      Catalogue.design("BLOC", catalogue.publishedRequired(ULILLE, 30, 20)),
                      catalogue);
          case "ACTIVATE" -> () -> p.activate(catalogue, CLOCK);
          case "CLOSE" -> () -> p.close(CLOCK);
          default -> p::requireDeletable;
        };
    String before = p.toString();

    if (allowed) {
      transition.run();
      if (!action.equals("DELETE")) {
        assertThat(p.toString()).isNotEqualTo(before);
      }
    } else {
      assertThat(refusal(transition))
          .containsExactly(
              FieldError.of("status", "error.pathway.transition", status.name(), action));
      assertThat(p.status()).isEqualTo(status);
      assertThat(p.toString()).isEqualTo(before);
    }
  }

  @Test
  void the_guards_say_what_each_status_allows() {
    assertThat(List.of(PathwayStatus.values()))
        .filteredOn(PathwayStatus::canEdit)
        .containsExactly(PathwayStatus.DRAFT, PathwayStatus.ACTIVE);
    assertThat(List.of(PathwayStatus.values()))
        .filteredOn(PathwayStatus::canActivate)
        .containsExactly(PathwayStatus.DRAFT);
    assertThat(List.of(PathwayStatus.values()))
        .filteredOn(PathwayStatus::canClose)
        .containsExactly(PathwayStatus.ACTIVE);
    assertThat(List.of(PathwayStatus.values()))
        .filteredOn(PathwayStatus::canDelete)
        .containsExactly(PathwayStatus.DRAFT);
  }
}
