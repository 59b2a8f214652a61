package fr.unicamp.catalogue.domain.pathway;

import static fr.unicamp.catalogue.domain.pathway.Catalogue.CLOCK;
import static fr.unicamp.catalogue.domain.pathway.Members.ULILLE;
import static fr.unicamp.catalogue.domain.pathway.Members.UNISTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a pathway's design: members, titles, kind and RNCP code, all reported at once. */
class PathwayDesignTest {

  private final Catalogue catalogue = new Catalogue();

  private List<FieldError> refusal(PathwayDesign design) {
    return catchThrowableOfType(
            RuleViolationException.class, () -> PathwayEntry.design(design, catalogue, CLOCK))
        .fieldErrors();
  }

  @Test
  void stacks_published_micro_certifications_of_several_universities_with_their_details() {
    MemberFacts lille = catalogue.published(ULILLE, 30);
    MemberFacts strasbourg = catalogue.published(UNISTRA, 24);

    PathwayEntry p =
        PathwayEntry.design(
            new PathwayDesign(
                ULILLE,
                "bloc",
                "  Bloc données ",
                "Data bloc",
                "rncp35185bc02",
                List.of(
                    new MemberChoice(lille.id(), null), new MemberChoice(strasbourg.id(), false))),
            catalogue,
            CLOCK);

    assertThat(p.university()).isEqualTo(ULILLE);
    assertThat(p.kind()).isEqualTo(PathwayKind.BLOC);
    assertThat(p.titleFr()).isEqualTo("Bloc données");
    assertThat(p.rncpBlockCode()).contains(RncpBlockCode.of("RNCP35185BC02"));
    assertThat(p.members())
        .extracting(
            PathwayEntryMember::code,
            PathwayEntryMember::memberUniversity,
            PathwayEntryMember::hours,
            PathwayEntryMember::required)
        .containsExactly(
            tuple(lille.code(), ULILLE, 30, true), tuple(strasbourg.code(), UNISTRA, 24, false));
    assertThat(p.members()).allMatch(m -> m.university().equals(ULILLE), "rows of the pathway");
    assertThat(p.hours()).isEqualTo(new PathwayHours(30, 54, PathwayKind.BLOC));
  }

  @Test
  void refuses_members_that_are_not_published_unknown_or_twice_and_says_which() {
    MemberFacts draft = catalogue.add(ULILLE, 20, MicroCertificationStatus.DRAFT);
    MemberFacts approved = catalogue.add(ULILLE, 20, MicroCertificationStatus.APPROVED);
    MemberFacts published = catalogue.published(UNISTRA, 20);

    List<FieldError> errors =
        refusal(
            Catalogue.design(
                "DIU",
                Arrays.asList(
                    new MemberChoice(published.id(), true),
                    new MemberChoice(draft.id(), true),
                    new MemberChoice(approved.id(), false),
                    new MemberChoice(999_999L, true),
                    new MemberChoice(published.id(), false),
                    new MemberChoice(null, true),
                    null)));

    assertThat(errors)
        .containsExactly(
            FieldError.of(
                "members[1]", "error.pathway.member.not-published", draft.code(), "DRAFT"),
            FieldError.of(
                "members[2]", "error.pathway.member.not-published", approved.code(), "APPROVED"),
            FieldError.of("members[3]", "error.pathway.member.unknown", "999999"),
            FieldError.of(
                "members[4]", "error.pathway.duplicate-member", String.valueOf(published.id())),
            FieldError.of("members[5].microCertificationId", "error.required"),
            FieldError.of("members[6].microCertificationId", "error.required"));
  }

  @Test
  void reports_every_broken_rule_of_the_design_at_once() {
    List<FieldError> errors =
        refusal(new PathwayDesign(ULILLE, "MASTER", " ", "x".repeat(301), "RNCP1BC1", List.of()));

    assertThat(errors)
        .containsExactly(
            FieldError.of("kind", "error.code.unknown", "MASTER", "BLOC, DIU, DN"),
            FieldError.of("titleFr", "error.required"),
            FieldError.of("titleEn", "error.text.too-long", 300),
            FieldError.of("rncpBlockCode", "error.pathway.rncp-block-code", "RNCP1BC1"));
  }

  @Test
  void only_a_bloc_carries_an_rncp_block_code_and_a_kind_is_required() {
    assertThat(
            refusal(new PathwayDesign(ULILLE, "DN", "Diplôme", null, "RNCP12345BC01", List.of())))
        .containsExactly(
            FieldError.of("rncpBlockCode", "error.pathway.rncp-block-code.kind", "DN"));
    assertThat(refusal(new PathwayDesign(ULILLE, null, "Diplôme", null, null, List.of())))
        .containsExactly(FieldError.of("kind", "error.required"));
    assertThat(refusal(new PathwayDesign(null, "DN", "Diplôme", null, null, List.of())))
        .containsExactly(FieldError.of("university", "error.required"));
  }

  @Test
  void refuses_more_members_than_a_pathway_holds() {
    List<MemberChoice> many = new ArrayList<>();
    for (int i = 0; i < PathwayEntry.MAX_MEMBERS + 1; i++) {
      many.add(new MemberChoice(catalogue.published(UNISTRA, 7).id(), false));
    }

    assertThat(refusal(Catalogue.design("DN", many)))
        .containsExactly(FieldError.of("members", "error.pathway.too-many-members", 100));
  }

  @Test
  void a_failed_redesign_changes_nothing() {
    PathwayEntry p =
        PathwayEntry.design(
            Catalogue.design("BLOC", catalogue.publishedRequired(UNISTRA, 20)), catalogue, CLOCK);
    String before = p.toString();
    MemberFacts draft = catalogue.add(ULILLE, 20, MicroCertificationStatus.DRAFT);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                p.redesign(
                    new PathwayDesign(
                        null, "DIU", "", null, null, List.of(new MemberChoice(draft.id(), true))),
                    catalogue));

    assertThat(error.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("titleFr", "members[0]");
    assertThat(p.toString()).isEqualTo(before);
  }
}
