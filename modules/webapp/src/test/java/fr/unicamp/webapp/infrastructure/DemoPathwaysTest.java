package fr.unicamp.webapp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.pathway.MicroCertificationRef;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the demo picks the members of its pathways from the published catalogue. */
class DemoPathwaysTest {

  private static final UniversityCode UBO = UniversityCode.of("UBO");
  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");

  private static MicroCertificationRef ref(long id, UniversityCode university, int hours) {
    return new MicroCertificationRef(id, university, hours);
  }

  @Test
  void takes_the_universities_in_turn() {
    var published =
        List.of(ref(1, ULILLE, 20), ref(2, ULILLE, 20), ref(3, UBO, 20), ref(4, ULILLE, 20));

    assertThat(DemoPathways.inTurns(published))
        .extracting(MicroCertificationRef::id)
        .containsExactly(3L, 1L, 2L, 4L);
  }

  @Test
  void stops_as_soon_as_the_band_minimum_is_reached() {
    var candidates = List.of(ref(1, UBO, 30), ref(2, ULILLE, 15), ref(3, UBO, 30), ref(4, UBO, 7));

    assertThat(DemoPathways.pick(candidates, PathwayKind.BLOC).orElseThrow())
        .extracting(MicroCertificationRef::id)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void leaves_a_pathway_out_when_the_catalogue_is_too_small() {
    var candidates = List.of(ref(1, UBO, 30), ref(2, ULILLE, 30), ref(3, UBO, 30));

    assertThat(DemoPathways.pick(candidates, PathwayKind.BLOC)).isPresent();
    assertThat(DemoPathways.pick(candidates, PathwayKind.DIU)).isEmpty();
    assertThat(DemoPathways.pick(List.of(), PathwayKind.BLOC)).isEmpty();
  }
}
