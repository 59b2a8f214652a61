package fr.unicamp.enrolment.infrastructure.documents;

import static fr.unicamp.enrolment.infrastructure.documents.Documents.PLANNED;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.completed;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.eligible;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.excluded;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.hours;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.ineligible;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.learner;
import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.infrastructure.csv.CsvParseResult;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.infrastructure.AttendanceImport;
import fr.unicamp.enrolment.infrastructure.ImportedHours;
import fr.unicamp.enrolment.infrastructure.LmsAttendanceCsv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionRosterCsvTest {

  static List<RosterEntry> entries() {
    return List.of(
        new RosterEntry(
            completed(1),
            learner("Lefèvre", "Zoé", "zoe@example.org"),
            hours(1, "17.5"),
            Documents.passed(1, "14.5"),
            eligible(1, "83.33")),
        new RosterEntry(
            completed(2),
            learner("=HYPERLINK(\"http://evil.example\")", "Mallory", "mallory@example.org"),
            hours(2, "11"),
            Documents.failed(2),
            ineligible(
                2,
                "52.38",
                IneligibilityReason.ATTENDANCE_BELOW_THRESHOLD,
                IneligibilityReason.ASSESSMENT_FAILED)),
        new RosterEntry(
            completed(3),
            learner("Émery", "Noël", "noel@example.org"),
            hours(3, "19"),
            Documents.passed(3, null),
            excluded(3, "90.48", "Fraude suspectée; dossier transmis")),
        new RosterEntry(
            Documents.enrolment(4, AdministrativeStatus.CANCELLED, PedagogicalStatus.WITHDRAWN),
            learner("Aubert", "Françoise", "f.aubert@example.org"),
            null,
            null,
            null));
  }

  static List<CsvRecord> read(byte[] csv) {
    CsvParseResult parsed = CsvReader.utf8().read(csv);
    assertThat(parsed.errors()).isEmpty();
    return parsed.records();
  }

  static CsvRecord line(List<CsvRecord> lines, String email) {
    return lines.stream().filter(r -> r.get("email").equals(email)).findFirst().orElseThrow();
  }

  @Test
  void the_file_opens_in_french_excel_with_the_documented_header() {
    byte[] csv = SessionRosterCsv.toBytes(PLANNED, entries());

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("\uFEFF" + String.join(";", SessionRosterCsv.COLUMNS));
    assertThat(text).contains("\r\n");
  }

  @Test
  void a_line_carries_statuses_funding_hours_rate_and_result_with_decimal_commas() {
    CsvRecord zoe = line(read(SessionRosterCsv.toBytes(PLANNED, entries())), "zoe@example.org");

    assertThat(zoe.get("nom")).isEqualTo("Lefèvre");
    assertThat(zoe.get("prenoms")).isEqualTo("Zoé");
    assertThat(zoe.get("email")).isEqualTo("zoe@example.org");
    assertThat(zoe.get("inscription")).isEqualTo("1");
    assertThat(zoe.get("date_inscription")).isEqualTo("2026-09-01");
    assertThat(zoe.get("statut_administratif")).isEqualTo("CONFIRMED_BY_SIS");
    assertThat(zoe.get("numero_etudiant")).isEqualTo("21901234");
    assertThat(zoe.get("statut_pedagogique")).isEqualTo("COMPLETED");
    assertThat(zoe.get("financement")).isEqualTo("SELF");
    assertThat(zoe.get("reference_commande")).isEqualTo("CMD-1");
    assertThat(zoe.get("heures_prevues")).isEqualTo("21");
    assertThat(zoe.get("heures_realisees")).isEqualTo("17,5");
    assertThat(zoe.get("taux_assiduite")).isEqualTo("83,33");
    assertThat(zoe.get("resultat_evaluation")).isEqualTo("PASSED");
    assertThat(zoe.get("note")).isEqualTo("14,5");
    assertThat(zoe.get("eligible")).isEqualTo("oui");
    assertThat(zoe.get("motifs_ineligibilite")).isEmpty();
  }

  @Test
  void ineligible_and_excluded_learners_say_why_and_nothing_recorded_stays_empty() {
    List<CsvRecord> lines = read(SessionRosterCsv.toBytes(PLANNED, entries()));

    CsvRecord aubert = line(lines, "f.aubert@example.org");
    assertThat(aubert.get("statut_administratif")).isEqualTo("CANCELLED");
    assertThat(aubert.get("statut_pedagogique")).isEqualTo("WITHDRAWN");
    assertThat(aubert.get("cause_abandon")).isEqualTo("PERSONAL");
    assertThat(List.of("heures_realisees", "taux_assiduite", "resultat_evaluation", "eligible"))
        .allSatisfy(column -> assertThat(aubert.get(column)).as(column).isEmpty());
    CsvRecord emery = line(lines, "noel@example.org");
    assertThat(emery.get("eligible")).isEqualTo("non");
    assertThat(emery.get("motifs_ineligibilite")).isEqualTo("EXCLUDED");
    assertThat(emery.get("motif_exclusion")).isEqualTo("Fraude suspectée; dossier transmis");
    CsvRecord mallory = line(lines, "mallory@example.org");
    assertThat(mallory.get("resultat_evaluation")).isEqualTo("FAILED");
    assertThat(mallory.get("motifs_ineligibilite"))
        .isEqualTo("ATTENDANCE_BELOW_THRESHOLD | ASSESSMENT_FAILED");
  }

  @Test
  void a_name_that_looks_like_a_formula_is_written_as_text() {
    byte[] csv = SessionRosterCsv.toBytes(PLANNED, entries());

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";")
        .doesNotContain(";=HYPERLINK");
    assertThat(line(read(csv), "mallory@example.org").get("nom"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\")");
  }

  @Test
  void learners_come_in_french_alphabetical_order_accents_intact() {
    // symbols sort before letters: the neutralised name comes first
    List<String> names =
        read(SessionRosterCsv.toBytes(PLANNED, entries())).stream().map(r -> r.get("nom")).toList();

    assertThat(names)
        .containsExactly("'=HYPERLINK(\"http://evil.example\")", "Aubert", "Émery", "Lefèvre");
  }

  @Test
  void a_roster_of_two_hundred_learners_has_a_line_each() {
    List<RosterEntry> many = new ArrayList<>();
    for (long id = 1; id <= 200; id++) {
      many.add(
          new RosterEntry(
              completed(id),
              learner(String.format("Apprenant%03d", id), "Zoé", id + "@example.org"),
              hours(id, "20"),
              null,
              eligible(id, "95.24")));
    }

    List<CsvRecord> lines = read(SessionRosterCsv.toBytes(PLANNED, many));

    assertThat(lines).hasSize(200);
    assertThat(lines.get(0).get("nom")).isEqualTo("Apprenant001");
    assertThat(lines.get(199).get("nom")).isEqualTo("Apprenant200");
    assertThat(lines).allSatisfy(r -> assertThat(r.get("taux_assiduite")).isEqualTo("95,24"));
  }

  @Test
  void the_roster_of_active_learners_reads_back_as_an_attendance_import() {
    List<RosterEntry> active = entries().subList(0, 3);
    byte[] csv = SessionRosterCsv.toBytes(PLANNED, active);
    Map<String, EnrolmentId> roster =
        Map.of(
            "zoe@example.org", EnrolmentId.of(1),
            "mallory@example.org", EnrolmentId.of(2),
            "noel@example.org", EnrolmentId.of(3));

    AttendanceImport imported =
        new LmsAttendanceCsv(StandardCharsets.UTF_8).read(csv, roster, PLANNED);

    assertThat(imported.errors()).isEmpty();
    assertThat(imported.lines())
        .extracting(ImportedHours::enrolment, h -> h.hours().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EnrolmentId.of(1), "17.5"),
            org.assertj.core.groups.Tuple.tuple(EnrolmentId.of(2), "11"),
            org.assertj.core.groups.Tuple.tuple(EnrolmentId.of(3), "19"));
  }
}
