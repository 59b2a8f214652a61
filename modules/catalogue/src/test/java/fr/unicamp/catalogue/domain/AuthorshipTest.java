package fr.unicamp.catalogue.domain;

import static fr.unicamp.catalogue.domain.VersionFixtures.CONSORTIUM;
import static fr.unicamp.catalogue.domain.VersionFixtures.ULILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The optional Annex I elements added last, the co-producers, the team and the brand. */
class AuthorshipTest {

  private static MicroCertification draft() {
    return MicroCertification.draft(ULILLE, "MC-01", "Analyser", null, 18);
  }

  @Test
  void a_draft_stores_the_grade_scheme_stackability_co_producers_team_and_brand() {
    MicroCertification m = draft();

    m.describe(
        VersionFixtures.everyElement(),
        new Authorship(
            List.of(" URENNES ", "UNISTRA"), List.of(" Claire Dupont "), List.of(), "  "),
        CONSORTIUM);

    assertThat(m.annex().gradeScheme()).isEqualTo("Acquis / non acquis");
    assertThat(m.annex().integrationStackability())
        .isEqualTo("Premier bloc du DIU Science des données");
    assertThat(m.authorship())
        .isEqualTo(
            new Authorship(List.of("URENNES", "UNISTRA"), List.of("Claire Dupont"), null, null));
    assertThat(m.authorship().tutors()).isEmpty();
    assertThat(m.authorship().brand()).as("blank is none").isNull();
  }

  @Test
  void a_new_draft_has_no_authorship_and_the_first_describe_keeps_it_empty() {
    MicroCertification m = draft();
    assertThat(m.authorship()).isEqualTo(Authorship.none());

    m.describe(MicroCertificationAnnexTest.complete());

    assertThat(m.authorship()).isEqualTo(Authorship.none());
    assertThat(m.annex().gradeScheme()).isNull();
  }

  @Test
  void reports_every_broken_co_producer_name_and_annex_rule_together_and_changes_nothing() {
    MicroCertification m = draft();
    m.describe(VersionFixtures.everyElement(), VersionFixtures.authorship(), CONSORTIUM);
    AnnexElements tooLong =
        VersionFixtures.everyElementWith("x".repeat(AnnexElements.MAX_TEXT + 1), null);
    Authorship bad =
        new Authorship(
            Arrays.asList("ULILLE", "unknown", "UNOWHERE", "URENNES", "URENNES", null),
            List.of("Claire\nDupont"),
            List.of("x".repeat(Authorship.MAX_NAME + 1)),
            "b".repeat(Authorship.MAX_BRAND + 1));

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> m.describe(tooLong, bad, CONSORTIUM));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("gradeScheme", "error.text.too-long", AnnexElements.MAX_TEXT),
            FieldError.of("coProducers[1]", "error.university-code.format", "unknown"),
            FieldError.of("coProducers[5]", "error.required"),
            FieldError.of("designers", "error.team.names", Authorship.MAX_NAME),
            FieldError.of("tutors", "error.team.names", Authorship.MAX_NAME),
            FieldError.of("brand", "error.text.too-long", Authorship.MAX_BRAND),
            FieldError.of("coProducers[0]", "error.co-producer.awarding", "ULILLE"),
            FieldError.of("coProducers[2]", "error.co-producer.unknown", "UNOWHERE"),
            FieldError.of("coProducers[4]", "error.co-producer.duplicate", "URENNES"));
    assertThat(m.annex()).isEqualTo(VersionFixtures.everyElement());
    assertThat(m.authorship()).isEqualTo(VersionFixtures.authorship());
  }

  @Test
  void refuses_more_co_producers_than_the_consortium_can_have() {
    List<String> nineteen = IntStream.range(0, 19).mapToObj(i -> "U" + (char) ('A' + i)).toList();

    assertThat(new Authorship(nineteen, null, null, null).formatViolations())
        .containsExactly(
            FieldError.of(
                "coProducers", "error.co-producer.too-many", Authorship.MAX_CO_PRODUCERS));
  }
}
