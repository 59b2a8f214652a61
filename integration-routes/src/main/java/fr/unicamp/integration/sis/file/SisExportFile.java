package fr.unicamp.integration.sis.file;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvWriteOptions;
import fr.unicamp.common.infrastructure.csv.FrenchCsvWriter;
import fr.unicamp.integration.sis.SisExportLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The export layout, after standards §5.5: one row per learner × micro-certification element,
 * {@code ;}, UTF-8 with BOM, ISO-8601 dates, decimal dot, formulas neutralised.
 */
public final class SisExportFile {

  public static final String SOURCE = "UNICAMP";

  public static final List<String> COLUMNS =
      List.of(
          "source_si",
          "code_universite",
          "annee_univ",
          "reference_inscription",
          "num_etudiant",
          "ine",
          "nom_famille",
          "nom_usage",
          "prenom",
          "date_naissance",
          "civilite",
          "email_perso",
          "code_formation_ia",
          "libelle_formation_ia",
          "regime_bcn",
          "statut_ia",
          "statut_paiement",
          "date_ia",
          "code_element_ip",
          "libelle_element_ip",
          "ects",
          "statut_ip",
          "date_ip",
          "note_finale",
          "resultat_final",
          "date_maj");

  private SisExportFile() {}

  /** {@code ia_ip_<CODE>_<YYYYMMDD>.csv}, the business date of the run. */
  public static String fileName(UniversityCode university, LocalDate businessDate) {
    return "ia_ip_"
        + university.value()
        + "_"
        + businessDate.format(DateTimeFormatter.BASIC_ISO_DATE)
        + ".csv";
  }

  public static byte[] write(UniversityCode university, List<SisExportLine> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FrenchCsvWriter csv = FrenchCsvWriter.open(bytes, CsvWriteOptions.forExchange())) {
      csv.header(COLUMNS);
      for (SisExportLine l : lines) {
        csv.row(
            SOURCE,
            university.value(),
            l.academicYear(),
            l.enrolmentReference(),
            l.studentNumber(),
            l.ine(),
            l.familyName(),
            l.usageName(),
            l.firstName(),
            l.birthDate(),
            l.civility(),
            l.email(),
            l.programmeCode(),
            l.programmeTitle(),
            l.regimeBcn(),
            l.iaStatus(),
            l.paymentStatus(),
            l.iaDate(),
            l.elementCode(),
            l.elementTitle(),
            l.ects(),
            l.ipStatus(),
            l.ipDate(),
            l.finalGrade(),
            l.finalResult(),
            instant(l.updatedAt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    return bytes.toByteArray();
  }

  private static String instant(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
