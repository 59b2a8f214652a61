package fr.unicamp.webapp.ui.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.pathway.MemberChoice;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.webapp.ui.pathway.HoursBar.Position;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PathwayFormTest {

  private static MemberLine line(long id, String university, int hours) {
    return new MemberLine(id, "MC-" + id, "Titre " + id, null, university, hours, true, true);
  }

  @Test
  void the_hours_bar_follows_the_members_and_their_required_flag() {
    PathwayForm form = new PathwayForm();
    form.add(line(1, "ULILLE", 20));
    form.add(line(2, "URENNES", 28));
    assertThat(form.getHours().position()).isEqualTo(Position.BELOW);

    MemberLine third = line(3, "UBORDEAUX", 22);
    form.add(third);
    third.setRequired(false);
    assertThat(form.getHours()).isEqualTo(new HoursBar(48, 70, PathwayKind.BLOC));
    assertThat(form.getHours().position()).isEqualTo(Position.WITHIN);

    form.setKind(PathwayKind.DIU);
    assertThat(form.getHours().position()).isEqualTo(Position.BELOW);
    form.remove(third);
    assertThat(form.getHours()).isEqualTo(new HoursBar(48, 48, PathwayKind.DIU));
  }

  @Test
  void a_member_is_added_once() {
    PathwayForm form = new PathwayForm();

    assertThat(form.add(line(7, "UBO", 25))).isTrue();
    assertThat(form.add(line(7, "UBO", 25))).isFalse();
    assertThat(form.getMembers()).hasSize(1);
  }

  @Test
  void the_design_carries_what_the_page_shows_and_leaves_the_checks_to_the_service() {
    PathwayForm form = new PathwayForm();
    form.setUniversity("ULILLE");
    form.setTitleFr("Bloc numérique");
    form.setRncpBlockCode("RNCP12345BC01");
    MemberLine optional = line(4, "URENNES", 28);
    optional.setRequired(false);
    form.add(line(3, "ULILLE", 20));
    form.add(optional);

    assertThat(form.toDesign())
        .isEqualTo(
            new PathwayDesign(
                UniversityCode.of("ULILLE"),
                "BLOC",
                "Bloc numérique",
                null,
                "RNCP12345BC01",
                List.of(new MemberChoice(3L, true), new MemberChoice(4L, false))));
    form.setTitleEn("");
    form.setRncpBlockCode(" ");
    assertThat(form.toDesign().titleEn()).as("an empty input is no value").isNull();
    assertThat(form.toDesign().rncpBlockCode()).isNull();
    form.setUniversity(" ");
    form.setKind(null);
    assertThat(form.toDesign().awardingUniversity()).isNull();
    assertThat(form.toDesign().kind()).isNull();
  }

  @Test
  void names_failing_fields_for_users_in_their_language() {
    assertThat(RuleMessages.label("members", Locale.FRENCH)).isEqualTo("Micro-certifications");
    assertThat(RuleMessages.label("members[1]", Locale.ENGLISH))
        .isEqualTo("Micro-certification no. 2");
    assertThat(RuleMessages.label("members[0].microCertificationId", Locale.FRENCH))
        .isEqualTo("Micro-certification n° 1");
    assertThat(RuleMessages.label("somethingElse", Locale.ENGLISH)).isEqualTo("somethingElse");
  }
}
