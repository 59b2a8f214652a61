package fr.unicamp.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.domain.university.UniversityCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The export, on an in-memory repository: French-Excel cells, paging, and a file import reads. */
class CatalogueExportServiceTest {

  static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  /** Remembers the size of every page asked for, to show the export never reads all at once. */
  static final class PagedRepository extends InMemoryMicroCertificationRepository {
    final List<Integer> pages = new ArrayList<>();

    @Override
    public List<MicroCertification> pageAfter(Long afterId, int rowCount) {
      pages.add(rowCount);
      return super.pageAfter(afterId, rowCount);
    }
  }

  final PagedRepository repository = new PagedRepository();
  final CatalogueExportService export = new CatalogueExportService();

  CatalogueExportServiceTest() {
    MicroCertificationService service = new MicroCertificationService();
    service.microCertifications = repository;
    export.microCertifications = service;
  }

  MicroCertification add(String code, String titleFr) {
    MicroCertification m = MicroCertification.draft(ULILLE, code, titleFr, null, 20);
    repository.add(m);
    return m;
  }

  String write(MicroCertificationStatus status) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(status, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writes_a_bom_a_header_and_french_cells_with_formulas_neutralised() throws IOException {
    MicroCertification m = add("MC-CYBER", "=1+1");
    m.describe(
        new AnnexElements(
            null,
            null,
            List.of("Évaluer les risques", "Réagir; vite"),
            List.of(),
            new BigDecimal("0.75"),
            6,
            AssessmentType.PROJECT,
            null,
            null,
            null,
            80,
            null,
            Money.eur("450.00"),
            "326t",
            null,
            null));

    String file = write(null);

    assertThat(file)
        .startsWith("\uFEFFid;status;university;code;titleFr;titleEn;hours;issuerCountry;")
        .contains(
            "\r\n"
                + m.id()
                + ";DRAFT;ULILLE;MC-CYBER;'=1+1;;20;FR;;\"Évaluer les risques | Réagir; vite\";;"
                + "0,75;6;PROJECT;;;;80;;450,00;326t;;\r\n");
  }

  @Test
  void reads_page_after_page_and_writes_every_row_once_in_id_order() throws IOException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2 * CatalogueExportService.PAGE + 5; i++) {
      ids.add(add("MC-" + i, "Titre " + i).id());
    }

    List<String> rows = write(null).lines().skip(1).toList();

    assertThat(rows.stream().map(r -> Long.valueOf(r.substring(0, r.indexOf(';')))).toList())
        .isEqualTo(ids);
    assertThat(repository.pages)
        .hasSize(3)
        .allMatch(size -> size == CatalogueExportService.PAGE + 1);
  }

  @Test
  void keeps_to_the_status_asked_for_and_imports_back_as_drafts() throws IOException {
    add("MC-A", "Titre A");
    assertThat(write(MicroCertificationStatus.PUBLISHED).lines()).hasSize(1);

    byte[] exported = write(null).getBytes(StandardCharsets.UTF_8);
    List<DraftImportLine> lines =
        DraftImportParser.parse(
            exported,
            StandardCharsets.UTF_8,
            new DraftImportParser.Scope(Optional.of(ULILLE), u -> true, (u, code) -> false));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).draft())
        .isEqualTo(new NewMicroCertification(ULILLE, "MC-A", "Titre A", null, 20));
  }
}
