package fr.unicamp.webapp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.unicamp.catalogue.application.DraftImportLine;
import fr.unicamp.catalogue.application.DraftImportParser;
import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo catalogue reads through the import as a consortium admin would, covers every university
 * and status, and every entry meant to leave DRAFT passes the publish gate with its generated
 * competencies and plan.
 */
class DemoCatalogueTest {

  static final Set<String> UNIVERSITIES =
      Set.of(
          "CYU",
          "LEMANS",
          "UBO",
          "UBORDEAUX",
          "UCA",
          "ULCO",
          "ULILLE",
          "ULYON1",
          "ULYON3",
          "UMONTPELLIER",
          "UNICAEN",
          "UNIMES",
          "UPVD",
          "UPVM3",
          "URENNES",
          "UROUEN",
          "UT3",
          "UTLN",
          "UTOURS");

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoCatalogue.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  static List<DraftImportLine> catalogue() throws IOException {
    return DraftImportParser.parse(
        resource(DemoCatalogue.CATALOGUE),
        StandardCharsets.UTF_8,
        new DraftImportParser.Scope(
            Optional.empty(), u -> UNIVERSITIES.contains(u.value()), (u, code) -> false));
  }

  static Map<String, MicroCertificationStatus> statuses() throws IOException {
    Map<String, MicroCertificationStatus> statuses = new HashMap<>();
    for (CsvRecord r : CsvReader.utf8().read(resource(DemoCatalogue.WORKFLOW)).requireNoErrors()) {
      statuses.put(r.get("code"), MicroCertificationStatus.valueOf(r.get("status")));
    }
    return statuses;
  }

  @Test
  void spreads_about_forty_entries_over_every_university_and_status() throws IOException {
    List<DraftImportLine> lines = catalogue();
    Map<String, MicroCertificationStatus> statuses = statuses();

    assertThat(lines).hasSizeBetween(38, 45);
    assertThat(lines.stream().map(l -> l.draft().university().value()).collect(Collectors.toSet()))
        .isEqualTo(UNIVERSITIES);
    assertThat(statuses.keySet())
        .isEqualTo(lines.stream().map(l -> l.draft().code()).collect(Collectors.toSet()));
    assertThat(Set.copyOf(statuses.values()))
        .containsExactlyInAnyOrder(MicroCertificationStatus.values());
    List<DraftImportLine> published =
        lines.stream()
            .filter(l -> statuses.get(l.draft().code()) == MicroCertificationStatus.PUBLISHED)
            .filter(l -> l.draft().hours() >= 20 && l.draft().hours() <= 30)
            .toList();
    assertThat(published).hasSizeGreaterThanOrEqualTo(12);
    assertThat(published.stream().map(l -> l.draft().university()).distinct().count())
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void every_entry_meant_to_leave_draft_passes_the_publish_gate() throws IOException {
    Map<String, MicroCertificationStatus> statuses = statuses();
    for (DraftImportLine line : catalogue()) {
      if (statuses.get(line.draft().code()) == MicroCertificationStatus.DRAFT) {
        continue;
      }
      MicroCertification m =
          MicroCertification.draft(
              line.draft().university(),
              line.draft().code(),
              line.draft().titleFr(),
              line.draft().titleEn(),
              line.draft().hours());
      AnnexElements published = DemoCatalogue.withOptionalElements(line.annex());
      assertThat(published.violations()).as(line.draft().code()).isEmpty();
      assertThat(published.gradeScheme()).isNotBlank();
      assertThat(published.integrationStackability()).isNotBlank();
      m.describe(published);
      m.defineCompetencies(DemoCatalogue.competencies(line.annex()));
      m.planSustainability(DemoCatalogue.plan(line.draft().hours(), line.annex().price()));
      assertThatCode(() -> m.submitForReview(Clock.systemUTC()))
          .as(line.draft().code())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void every_demo_team_is_valid_and_named() {
    for (int i = 0; i < 40; i++) {
      Authorship team = DemoCatalogue.team(i);
      assertThat(team.violations(UniversityCode.of("ULILLE"), Set.of())).isEmpty();
      assertThat(team.designers()).singleElement().asString().isNotBlank();
      assertThat(team.tutors()).singleElement().asString().isNotBlank();
      assertThat(team.brand()).isEqualTo("UniCamp");
    }
  }
}
