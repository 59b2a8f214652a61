package fr.unicamp.webapp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.PathwayService;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.pathway.MemberFacts;
import fr.unicamp.catalogue.domain.pathway.MicroCertificationRef;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayEntryMember;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
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

  @Test
  void activates_a_bloc_and_a_diu_mixing_universities_from_twelve_published_entries() {
    List<MicroCertification> published = new ArrayList<>();
    String[] universities = {"UBO", "ULILLE", "URENNES"};
    for (int i = 0; i < 12; i++) {
      published.add(entry(i + 1, universities[i % 3], 20 + i % 11));
    }
    List<PathwayEntry> made = new ArrayList<>();
    DemoPathways demo = wired(published, made);

    demo.stackPublishedCatalogue();

    assertThat(made)
        .extracting(PathwayEntry::kind)
        .containsExactly(PathwayKind.BLOC, PathwayKind.DIU);
    assertThat(made).allMatch(p -> p.status() == PathwayStatus.ACTIVE);
    assertThat(made).allMatch(p -> p.hours().fitsBand());
    assertThat(made)
        .allMatch(
            p ->
                p.members().stream().map(PathwayEntryMember::memberUniversity).distinct().count()
                    > 1);
    assertThat(made.get(1).members()).anyMatch(m -> !m.required());
  }

  @Test
  void makes_no_pathway_when_too_few_hours_are_published() {
    List<PathwayEntry> made = new ArrayList<>();

    wired(List.of(entry(1, "UBO", 30), entry(2, "ULILLE", 19)), made).stackPublishedCatalogue();

    assertThat(made).isEmpty();
  }

  /** The demo on services that hand out {@code published} and design real pathways from them. */
  private static DemoPathways wired(List<MicroCertification> published, List<PathwayEntry> made) {
    LongFunction<Optional<MemberFacts>> catalogue =
        id ->
            published.stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .map(MemberFacts::of)
                .map(
                    f ->
                        new MemberFacts(
                            f.id(),
                            f.university(),
                            f.code(),
                            f.titleFr(),
                            f.titleEn(),
                            f.hours(),
                            MicroCertificationStatus.PUBLISHED));
    DemoPathways demo = new DemoPathways();
    demo.microCertifications =
        new MicroCertificationService() {
          @Override
          public List<MicroCertification> list(
              MicroCertificationStatus status, Long afterId, int limit) {
            assertThat(status).isEqualTo(MicroCertificationStatus.PUBLISHED);
            return published;
          }
        };
    demo.pathways =
        new PathwayService() {
          @Override
          public PathwayEntry design(PathwayDesign design) {
            PathwayEntry entry = PathwayEntry.design(design, catalogue, Clock.systemUTC());
            setField(entry, PathwayEntry.class, "id", (long) made.size() + 1);
            made.add(entry);
            return entry;
          }

          @Override
          public PathwayEntry activate(long id) {
            PathwayEntry entry = made.get((int) id - 1);
            entry.activate(catalogue, Clock.systemUTC());
            return entry;
          }
        };
    return demo;
  }

  private static MicroCertification entry(long id, String university, int hours) {
    MicroCertification m =
        MicroCertification.draft(UniversityCode.of(university), "MC-" + id, "Titre", null, hours);
    setField(m, MicroCertification.class, "id", id);
    return m;
  }

  // only the database assigns generated ids; these stand in for it
  private static void setField(Object target, Class<?> type, String name, Object value) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
