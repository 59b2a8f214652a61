package fr.unicamp.catalogue.domain.pathway;

import static fr.unicamp.catalogue.domain.pathway.Members.ULILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathwayHoursBandTest {

  @ParameterizedTest(name = "{0} of {1} h")
  @CsvSource({"BLOC, 50", "BLOC, 100", "DIU, 120", "DIU, 300", "DN, 350", "DN, 500"})
  void accepts_required_members_at_the_edges_of_the_band(PathwayKind kind, int hours) {
    Pathway p = define(kind, Members.requiredTotalling(hours));

    assertThat(p.hours().requiredHours()).isEqualTo(hours);
    assertThat(p.hours().fitsBand()).isTrue();
  }

  @ParameterizedTest(name = "{0} of {1} h")
  @CsvSource({"BLOC, 49, 50", "DIU, 119, 120", "DN, 349, 350"})
  void refuses_members_one_hour_short_of_the_band(PathwayKind kind, int hours, int min) {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> define(kind, Members.requiredTotalling(hours)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("members", "error.pathway.hours-band.min", hours, kind.name(), min));
  }

  @ParameterizedTest(name = "{0} of {1} h")
  @CsvSource({"BLOC, 101, 100", "DIU, 301, 300", "DN, 501, 500"})
  void refuses_required_members_one_hour_over_the_band(PathwayKind kind, int hours, int max) {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> define(kind, Members.requiredTotalling(hours)));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("members", "error.pathway.hours-band.max", hours, kind.name(), max));
  }

  @Test
  void optional_members_may_offer_more_hours_than_the_band_holds() {
    List<PathwayMember> members = new ArrayList<>(Members.requiredTotalling(40));
    members.addAll(Members.optionalTotalling(90));

    Pathway p = define(PathwayKind.BLOC, members);

    assertThat(p.hours().requiredHours()).isEqualTo(40);
    assertThat(p.hours().allMembersHours()).isEqualTo(130);
  }

  @Test
  void optional_members_count_towards_reaching_the_minimum() {
    List<PathwayMember> members = new ArrayList<>(Members.requiredTotalling(20));
    members.addAll(Members.optionalTotalling(30));

    assertThat(define(PathwayKind.BLOC, members).hours().allMembersHours()).isEqualTo(50);
  }

  @Test
  void refuses_optional_members_that_cannot_reach_the_minimum() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> define(PathwayKind.DIU, Members.optionalTotalling(119)));

    assertThat(error.fieldErrors())
        .extracting(FieldError::messageKey)
        .containsExactly("error.pathway.hours-band.min");
  }

  @Test
  void refuses_a_pathway_without_members_as_short_of_its_band() {
    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> define(PathwayKind.BLOC, List.of()));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("members", "error.pathway.hours-band.min", 0, "BLOC", 50));
  }

  @Test
  void the_bands_are_those_of_the_framework() {
    assertThat(PathwayKind.BLOC.minHours()).isEqualTo(50);
    assertThat(PathwayKind.BLOC.maxHours()).isEqualTo(100);
    assertThat(PathwayKind.DIU.minHours()).isEqualTo(120);
    assertThat(PathwayKind.DIU.maxHours()).isEqualTo(300);
    assertThat(PathwayKind.DN.minHours()).isEqualTo(350);
    assertThat(PathwayKind.DN.maxHours()).isEqualTo(500);
  }

  private static Pathway define(PathwayKind kind, List<PathwayMember> members) {
    return Pathway.define(ULILLE, kind, "Parcours", null, members);
  }
}
