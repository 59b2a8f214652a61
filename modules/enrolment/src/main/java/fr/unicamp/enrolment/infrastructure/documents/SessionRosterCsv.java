package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.common.infrastructure.csv.CsvWriteOptions;
import fr.unicamp.common.infrastructure.csv.FrenchCsvWriter;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceRate;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeEnrolment;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.Funding;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalEnrolment;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session's roster as a CSV file for French spreadsheets ({@code ;}, UTF-8 with BOM, decimal
 * comma, no cell a spreadsheet would run): one line per enrolment given, in French alphabetical
 * order of the learners, with the columns of {@link #COLUMNS} (documented in {@code
 * docs/formats/session-roster.md}). Statuses and reasons are the codes the API uses.
 */
public final class SessionRosterCsv {

  public static final String LIST_SEPARATOR = " | ";

  public static final List<String> COLUMNS =
      List.of(
          "inscription",
          "nom",
          "nom_usage",
          "prenoms",
          "email",
          "date_inscription",
          "statut_administratif",
          "numero_etudiant",
          "statut_pedagogique",
          "cause_abandon",
          "financement",
          "reference_commande",
          "numero_accord",
          "dossier_edof",
          "heures_prevues",
          "heures_realisees",
          "taux_assiduite",
          "resultat_evaluation",
          "note",
          "eligible",
          "motifs_ineligibilite",
          "motif_exclusion");

  private static final Comparator<RosterEntry> ORDER =
      Comparator.comparing(RosterEntry::learner, FrenchFormat.BY_NAME)
          .thenComparing(e -> e.enrolment().id(), Comparator.nullsLast(Comparator.naturalOrder()));

  private SessionRosterCsv() {}

  public static byte[] toBytes(BigDecimal plannedHours, List<RosterEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plannedHours, entries, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the roster to {@code out}, and closes it. */
  public static void write(BigDecimal plannedHours, List<RosterEntry> entries, OutputStream out)
      throws IOException {
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(out, CsvWriteOptions.forSpreadsheet())) {
      csv.header(COLUMNS);
      for (RosterEntry entry : entries.stream().sorted(ORDER).toList()) {
        csv.row(row(plannedHours, entry));
      }
    }
  }

  static List<Object> row(BigDecimal plannedHours, RosterEntry entry) {
    Enrolment e = entry.enrolment();
    LearnerDetails d = entry.learner();
    AdministrativeEnrolment a = e.administrative();
    PedagogicalEnrolment p = e.pedagogical();
    Funding f = e.funding();
    Attendance hours = entry.attendance();
    BigDecimal realised = hours == null ? null : hours.hoursRealised();
    Assessment assessment = entry.assessment();
    Eligibility eligibility = entry.eligibility();
    return Arrays.asList(
        e.id(),
        d.familyName(),
        d.usageName(),
        d.givenNames(),
        d.email(),
        e.enrolledOn(),
        a.status().name(),
        a.studentNumber() == null ? null : a.studentNumber().value(),
        p.status().name(),
        p.withdrawalCause() == null ? null : p.withdrawalCause().name(),
        f == null ? null : f.source().name(),
        f == null ? null : f.orderReference(),
        f == null ? null : f.agreementNumber(),
        f == null ? null : f.edofFolderNumber(),
        plannedHours,
        realised,
        realised == null ? null : new AttendanceRate(realised, plannedHours).percent(),
        assessment == null ? null : assessment.passed() ? "PASSED" : "FAILED",
        assessment == null ? null : assessment.grade().orElse(null),
        eligibility == null ? null : eligibility.isEligible() ? "oui" : "non",
        eligibility == null
            ? null
            : eligibility.reasons().stream()
                .map(IneligibilityReason::name)
                .collect(Collectors.joining(LIST_SEPARATOR)),
        eligibility == null || eligibility.exclusion() == null
            ? null
            : eligibility.exclusion().reason());
  }
}
