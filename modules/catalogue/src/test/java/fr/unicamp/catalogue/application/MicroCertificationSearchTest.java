package fr.unicamp.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue search through the service: criteria combine, paging stays keyset. */
class MicroCertificationSearchTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private static final UniversityCode UNISTRA = UniversityCode.of("UNISTRA");

  private final InMemoryMicroCertificationRepository repository =
      new InMemoryMicroCertificationRepository();
  private final MicroCertificationService service = new MicroCertificationService();

  private MicroCertification python;
  private MicroCertification law;
  private MicroCertification strasbourg;

  @BeforeEach
  void data() {
    service.microCertifications = repository;
    python = add(ULILLE, "PY-01", "Analyser des données avec Python", 18, 6);
    law = add(ULILLE, "DROIT-01", "Droit du numérique", 30, 5);
    strasbourg = add(UNISTRA, "PY-02", "Python pour la biologie", 7, 6);
  }

  @Test
  void without_criteria_finds_everything_in_id_order() {
    assertThat(service.search(MicroCertificationFilter.none(), null, 10))
        .containsExactly(python, law, strasbourg);
  }

  @Test
  void finds_text_in_code_or_title_whatever_its_case() {
    assertThat(search(filter(null, null, null, null, "pYtHoN")))
        .containsExactly(python, strasbourg);
    assertThat(search(filter(null, null, null, null, "droit-0"))).containsExactly(law);
    assertThat(search(filter(null, null, null, null, "chimie"))).isEmpty();
  }

  @Test
  void combines_university_hours_and_eqf_level() {
    assertThat(search(filter(ULILLE, null, null, 6, null))).containsExactly(python);
    assertThat(search(filter(null, 7, 18, null, null))).containsExactly(python, strasbourg);
    assertThat(search(filter(null, 19, null, null, null))).containsExactly(law);
    assertThat(search(filter(UNISTRA, null, null, 5, null))).isEmpty();
  }

  @Test
  void filters_by_status() {
    assertThat(search(MicroCertificationFilter.withStatus(MicroCertificationStatus.DRAFT)))
        .containsExactly(python, law, strasbourg);
    assertThat(search(MicroCertificationFilter.withStatus(MicroCertificationStatus.PUBLISHED)))
        .isEmpty();
  }

  @Test
  void pages_after_the_cursor_and_fetches_one_row_more_than_the_limit() {
    MicroCertificationFilter everything = MicroCertificationFilter.none();
    assertThat(service.search(everything, null, 1)).containsExactly(python, law);
    assertThat(service.search(everything, python.id(), 1)).containsExactly(law, strasbourg);
    assertThat(service.search(filter(null, null, null, null, "python"), python.id(), 5))
        .containsExactly(strasbourg);
  }

  private List<MicroCertification> search(MicroCertificationFilter filter) {
    return service.search(filter, null, 50);
  }

  private static MicroCertificationFilter filter(
      UniversityCode university, Integer minHours, Integer maxHours, Integer eqf, String text) {
    return new MicroCertificationFilter(null, university, minHours, maxHours, eqf, text);
  }

  private MicroCertification add(
      UniversityCode university, String code, String title, int hours, int eqf) {
    MicroCertification m = MicroCertification.draft(university, code, title, null, hours);
    m.describe(
        new AnnexElements(
            null, null, null, null, null, eqf, null, null, null, null, null, null, null, null, null,
            null));
    repository.add(m);
    return m;
  }
}
