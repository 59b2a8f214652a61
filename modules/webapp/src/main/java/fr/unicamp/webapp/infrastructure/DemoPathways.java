package fr.unicamp.webapp.infrastructure;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.PathwayService;
import fr.unicamp.catalogue.domain.pathway.MemberChoice;
import fr.unicamp.catalogue.domain.pathway.MicroCertificationRef;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The demo's pathways: one bloc de compétences and one DIU, both active, stacked from the
 * micro-certifications published at first start, taken from the universities in turn so that each
 * pathway mixes universities. When the published catalogue holds too few hours for a kind's band,
 * that pathway is left out and the log says so.
 */
@ApplicationScoped
public class DemoPathways {

  private static final Logger LOG = Logger.getLogger(DemoPathways.class.getName());

  /** More than the demo publishes; the catalogue's largest page. */
  private static final int PUBLISHED_LIMIT = 200;

  @Inject MicroCertificationService microCertifications;
  @Inject PathwayService pathways;

  @Transactional
  public void stackPublishedCatalogue() {
    List<MicroCertificationRef> candidates =
        inTurns(
            microCertifications
                .list(MicroCertificationStatus.PUBLISHED, null, PUBLISHED_LIMIT)
                .stream()
                .map(m -> new MicroCertificationRef(m.id(), m.university(), m.hours()))
                .toList());
    Optional<List<MicroCertificationRef>> bloc = pick(candidates, PathwayKind.BLOC);
    if (bloc.isEmpty()) {
      LOG.info(() -> "Demo pathways left out: the published catalogue is too small for a bloc");
      return;
    }
    activate(
        PathwayKind.BLOC,
        "Bloc de compétences : concevoir et animer une formation numérique",
        "Skills block: designing and running digital training",
        bloc.get(),
        List.of());
    List<MicroCertificationRef> rest = new ArrayList<>(candidates);
    rest.removeAll(bloc.get());
    Optional<List<MicroCertificationRef>> diu = pick(rest, PathwayKind.DIU);
    if (diu.isEmpty()) {
      LOG.info(() -> "Demo DIU left out: too few published hours besides the bloc");
      return;
    }
    rest.removeAll(diu.get());
    activate(
        PathwayKind.DIU,
        "DIU Ingénierie de la formation à distance",
        "Inter-university diploma in distance-learning design",
        diu.get(),
        rest.stream().limit(1).toList());
  }

  private void activate(
      PathwayKind kind,
      String titleFr,
      String titleEn,
      List<MicroCertificationRef> required,
      List<MicroCertificationRef> optional) {
    List<MemberChoice> members = new ArrayList<>();
    required.forEach(m -> members.add(new MemberChoice(m.id(), true)));
    optional.forEach(m -> members.add(new MemberChoice(m.id(), false)));
    UniversityCode awarding = required.get(0).university();
    PathwayEntry pathway =
        pathways.design(new PathwayDesign(awarding, kind.name(), titleFr, titleEn, null, members));
    pathways.activate(pathway.id());
    LOG.info(() -> "Demo pathway " + pathway);
  }

  /**
   * Members for {@code kind}, all required, taken in order until they reach the band's minimum;
   * empty when the candidates cannot. Each is at most 30 h and every band is wider than that, so
   * the last one taken never carries the total over the maximum.
   */
  static Optional<List<MicroCertificationRef>> pick(
      List<MicroCertificationRef> candidates, PathwayKind kind) {
    List<MicroCertificationRef> picked = new ArrayList<>();
    int hours = 0;
    for (MicroCertificationRef candidate : candidates) {
      if (hours >= kind.minHours()) {
        break;
      }
      picked.add(candidate);
      hours += candidate.hours();
    }
    return hours >= kind.minHours() && hours <= kind.maxHours()
        ? Optional.of(picked)
        : Optional.empty();
  }

  /** One of each university in turn (by code, then id), so that stacks mix universities. */
  static List<MicroCertificationRef> inTurns(List<MicroCertificationRef> published) {
    Map<String, List<MicroCertificationRef>> byUniversity = new TreeMap<>();
    published.stream()
        .sorted(Comparator.comparing(MicroCertificationRef::id))
        .forEach(
            m ->
                byUniversity
                    .computeIfAbsent(m.university().value(), k -> new ArrayList<>())
                    .add(m));
    List<Iterator<MicroCertificationRef>> queues =
        byUniversity.values().stream().map(List::iterator).toList();
    List<MicroCertificationRef> turns = new ArrayList<>();
    while (turns.size() < published.size()) {
      for (Iterator<MicroCertificationRef> queue : queues) {
        if (queue.hasNext()) {
          turns.add(queue.next());
        }
      }
    }
    return turns;
  }
}
