package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.infrastructure.csv.CsvWriteOptions;
import fr.unicamp.common.infrastructure.csv.FrenchCsvWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue as a CSV file for French spreadsheets ({@code ;}, UTF-8 with BOM, decimal comma, no
 * cell a spreadsheet would run): one row per micro-certification the caller may see, the columns of
 * {@link CatalogueColumns#exported()}. It reads the catalogue page by page, each page in its own
 * transaction, and writes each page before reading the next, so a large catalogue never sits in
 * memory.
 */
@ApplicationScoped
public class CatalogueExportService {

  static final int PAGE = 200;

  @Inject MicroCertificationService microCertifications;

  /** Writes every micro-certification with {@code status} (all when null) to {@code out}. */
  public void write(MicroCertificationStatus status, OutputStream out) throws IOException {
    FrenchCsvWriter csv = FrenchCsvWriter.open(out, CsvWriteOptions.forSpreadsheet());
    csv.header(CatalogueColumns.exported());
    Long after = null;
    boolean more = true;
    while (more) {
      List<MicroCertification> page = microCertifications.list(status, after, PAGE);
      more = page.size() > PAGE;
      List<MicroCertification> shown = more ? page.subList(0, PAGE) : page;
      for (MicroCertification m : shown) {
        csv.row(row(m));
      }
      after = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
      csv.flush();
    }
  }

  /** One row, in the order of {@link CatalogueColumns#exported()}. */
  static List<Object> row(MicroCertification m) {
    AnnexElements a = m.annex();
    return Arrays.asList(
        m.id(),
        m.status().name(),
        m.university().value(),
        m.code(),
        m.titleFr(),
        m.titleEn(),
        m.hours(),
        a.issuerCountry(),
        a.issuerRegion(),
        String.join(CatalogueColumns.LIST_SEPARATOR, a.learningOutcomesFr()),
        String.join(CatalogueColumns.LIST_SEPARATOR, a.learningOutcomesEn()),
        a.ects(),
        a.eqfLevel(),
        a.assessmentType(),
        a.participationForm(),
        a.qualityAssurance(),
        a.identityVerification(),
        a.attendanceThresholdPercent(),
        a.validityMonths(),
        a.price() == null ? null : a.price().amount(),
        a.nsfCode(),
        a.prerequisites(),
        a.furtherInformation());
  }
}
