package fr.unicamp.integration.sis.file;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvParseResult;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.integration.sis.testing.ExportLines;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SisExportFileTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  @Test
  void writes_the_exchange_layout_that_reads_back_cell_for_cell() {
    byte[] file = SisExportFile.write(ULILLE, List.of(ExportLines.line("ENR-1", "MARTIN")));

    assertThat(new String(file, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
    CsvParseResult read = CsvReader.utf8().read(file);
    assertThat(read.errors()).isEmpty();
    assertThat(read.header()).isEqualTo(SisExportFile.COLUMNS);
    var row = read.records().get(0);
    assertThat(row.get("source_si")).isEqualTo("UNICAMP");
    assertThat(row.get("code_universite")).isEqualTo("ULILLE");
    assertThat(row.get("reference_inscription")).isEqualTo("ENR-1");
    assertThat(row.get("num_etudiant")).isEmpty();
    assertThat(row.get("date_naissance")).isEqualTo("1988-04-12");
    assertThat(row.get("libelle_formation_ia"))
        .isEqualTo("Concevoir une évaluation; par compétences");
    assertThat(row.get("note_finale")).isEqualTo("15.50");
    assertThat(row.get("date_maj")).isEqualTo("2026-11-29T02:10:00Z");
  }

  @Test
  void neutralises_every_cell_a_spreadsheet_would_run() {
    byte[] file =
        SisExportFile.write(
            ULILLE,
            List.of(
                ExportLines.line("ENR-1", "=HYPERLINK(\"http://x\")"),
                ExportLines.line("ENR-2", "+33"),
                ExportLines.line("ENR-3", "-2+3"),
                ExportLines.line("ENR-4", "@SUM(A1)")));

    assertThat(CsvReader.utf8().read(file).records())
        .extracting(r -> r.get("nom_famille"))
        .containsExactly("'=HYPERLINK(\"http://x\")", "'+33", "'-2+3", "'@SUM(A1)");
  }

  @Test
  void names_the_file_after_the_university_and_the_night() {
    assertThat(SisExportFile.fileName(ULILLE, LocalDate.of(2026, 11, 30)))
        .isEqualTo("ia_ip_ULILLE_20261130.csv");
  }
}
