package fr.unicamp.catalogue.domain.pathway;

import static fr.unicamp.catalogue.domain.pathway.Members.ULILLE;
import static fr.unicamp.catalogue.domain.pathway.Members.UNISTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathwayTest {

  @Test
  void a_bloc_may_carry_an_rncp_block_code_and_members_of_other_universities() {
    MicroCertificationRef strasbourg = new MicroCertificationRef(900, UNISTRA, 30);
    List<PathwayMember> members = new ArrayList<>(Members.requiredTotalling(30));
    members.add(PathwayMember.optional(strasbourg));

    Pathway bloc =
        Pathway.define(
            ULILLE, PathwayKind.BLOC, " Bloc data ", RncpBlockCode.of("rncp35185bc02"), members);

    assertThat(bloc.rncpBlockCode()).contains(RncpBlockCode.of("RNCP35185BC02"));
    assertThat(bloc.title()).isEqualTo("Bloc data");
    assertThat(bloc.members())
        .extracting(m -> m.microCertification().university())
        .contains(UNISTRA);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"RNCP12BC01", "RNCP12345BC1", "RNCP12345", "12345BC01", "RNCP1234567BC01"})
  void refuses_a_malformed_rncp_block_code(String code) {
    var error = catchThrowableOfType(RuleViolationException.class, () -> RncpBlockCode.of(code));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("rncpBlockCode", "error.pathway.rncp-block-code", code));
  }

  @Test
  void only_a_bloc_may_carry_an_rncp_block_code() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Pathway.define(
                    ULILLE,
                    PathwayKind.DIU,
                    "DIU",
                    RncpBlockCode.of("RNCP12345BC01"),
                    Members.requiredTotalling(150)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("rncpBlockCode", "error.pathway.rncp-block-code.kind", "DIU"));
  }

  @Test
  void refuses_the_same_micro_certification_twice() {
    MicroCertificationRef ref = new MicroCertificationRef(42, ULILLE, 30);
    List<PathwayMember> members = new ArrayList<>(Members.requiredTotalling(30));
    members.add(PathwayMember.required(ref));
    members.add(PathwayMember.optional(ref));

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> Pathway.define(ULILLE, PathwayKind.BLOC, "Bloc", null, members));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("members[2]", "error.pathway.duplicate-member", 42L));
  }

  @Test
  void reports_every_broken_rule_of_a_pathway_at_once() {
    List<PathwayMember> members = new ArrayList<>(Members.requiredTotalling(120));
    members.add(null);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                Pathway.define(
                    null, PathwayKind.DN, " ", RncpBlockCode.of("RNCP12345BC01"), members));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("awardingUniversity", "error.required"),
            FieldError.of("title", "error.required"),
            FieldError.of("rncpBlockCode", "error.pathway.rncp-block-code.kind", "DN"),
            FieldError.of("members[4]", "error.required"),
            FieldError.of("members", "error.pathway.hours-band.min", 120, "DN", 350));
  }

  @Test
  void adding_a_member_gives_a_new_pathway_checked_again() {
    Pathway bloc =
        Pathway.define(ULILLE, PathwayKind.BLOC, "Bloc", null, Members.requiredTotalling(90));

    Pathway wider = bloc.withMember(PathwayMember.optional(Members.ref(30)));
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> bloc.withMember(PathwayMember.required(Members.ref(11))));

    assertThat(wider.members()).hasSize(bloc.members().size() + 1);
    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.pathway.hours-band.max");
    assertThat(bloc.hours().requiredHours()).isEqualTo(90);
  }

  @Test
  void removing_a_member_that_the_band_needs_is_refused() {
    Pathway bloc =
        Pathway.define(ULILLE, PathwayKind.BLOC, "Bloc", null, Members.requiredTotalling(50));
    long first = bloc.members().get(0).microCertification().id();

    var error = catchThrowableOfType(RuleViolationException.class, () -> bloc.withoutMember(first));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.pathway.hours-band.min");
    assertThat(bloc.members()).hasSize(2);
  }

  @Test
  void a_member_reference_is_a_micro_certification_of_seven_to_thirty_hours() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> new MicroCertificationRef(0, null, 31));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("id", "error.required"),
            FieldError.of("university", "error.required"),
            FieldError.of("hours", "error.hours.range", 7, 30));
  }
}
