package fr.unicamp.webapp.infrastructure;

import static fr.unicamp.common.domain.money.Money.eur;

import fr.unicamp.catalogue.application.CatalogueImportService;
import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.sustainability.DesignCosts;
import fr.unicamp.catalogue.domain.sustainability.Horizon;
import fr.unicamp.catalogue.domain.sustainability.LearnerCosts;
import fr.unicamp.catalogue.domain.sustainability.Pricing;
import fr.unicamp.catalogue.domain.sustainability.SessionCosts;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo catalogue: about forty micro-certifications of the nineteen universities in every
 * status. {@code demo/catalogue.csv} is read by the catalogue's own CSV import; each entry then
 * gets a competency per learning outcome with a criteria grid and a sustainability plan (those
 * leaving DRAFT also the optional grade scheme and stackability, a team and the UniCamp brand, so
 * the marketplace JSON shows every element), and goes through the review workflow as far as {@code
 * demo/catalogue-workflow.csv} says, through the same service calls a user's clicks make, so every
 * entry past DRAFT passed the publish gate.
 */
@ApplicationScoped
public class DemoCatalogue {

  static final String CATALOGUE = "/demo/catalogue.csv";
  static final String WORKFLOW = "/demo/catalogue-workflow.csv";

  private static final List<String> CRITERIA =
      List.of("Pertinence de la démarche", "Qualité de la production", "Justification des choix");
  private static final List<String> LEVELS =
      List.of("Insuffisant", "Fragile", "Acquis", "Maîtrisé");

  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

  @Inject CatalogueImportService importer;
  @Inject MicroCertificationService microCertifications;
  @Inject Clock clock;

  /** Loads the demo catalogue; returns how many micro-certifications it created. */
  @Transactional
  public int load() {
    Map<String, MicroCertificationStatus> targets = targets();
    List<MicroCertification> drafts =
        importer.importDrafts(bytes(CATALOGUE), StandardCharsets.UTF_8);
    for (int i = 0; i < drafts.size(); i++) {
      MicroCertification m = drafts.get(i);
      MicroCertificationStatus target =
          targets.getOrDefault(
              key(m.university().value(), m.code()), MicroCertificationStatus.DRAFT);
      advance(m, target, i);
    }
    LOG.info(() -> "Demo catalogue: " + drafts.size() + " micro-certifications");
    return drafts.size();
  }

  /**
   * Takes a fresh draft to {@code target}, step by step; half the drafts get their competencies.
   */
  private void advance(MicroCertification m, MicroCertificationStatus target, int index) {
    long id = m.id();
    AnnexElements annex = m.annex();
    if (target == MicroCertificationStatus.DRAFT) {
      if (index % 2 == 0) {
        microCertifications.defineCompetencies(id, competencies(annex));
      }
      return;
    }
    microCertifications.describe(id, withOptionalElements(annex), team(index));
    microCertifications.defineCompetencies(id, competencies(annex));
    microCertifications.planSustainability(id, plan(m.hours(), annex.price()));
    microCertifications.submitForReview(id);
    if (target == MicroCertificationStatus.IN_REVIEW) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    microCertifications.approve(
        id,
        new AcademicReview(
            "Pr. " + REVIEWERS.get(index % REVIEWERS.size()),
            today.minusDays(90 - index),
            ReviewVerdict.FAVOURABLE,
            "Avis favorable : compétences claires, évaluation en situation authentique."));
    if (target == MicroCertificationStatus.APPROVED) {
      return;
    }
    microCertifications.publish(id, today.minusDays(45 - index));
    if (target == MicroCertificationStatus.RETIRED) {
      microCertifications.retire(id, "Remplacée par une offre refondue pour la rentrée.");
    }
  }

  /**
   * The import's elements with the two optional Annex I elements the CSV format leaves out: how the
   * result is expressed and how the micro-certification stacks.
   */
  static AnnexElements withOptionalElements(AnnexElements a) {
    return a.withLaterElements(
        "Acquis / non acquis, chaque compétence évaluée sur une grille à quatre niveaux",
        "Capitalisable dans les blocs de compétences et DIU du consortium Digital FCU");
  }

  /** A designer and a tutor by name, sold under the consortium's brand. */
  static Authorship team(int index) {
    String name = REVIEWERS.get((index + 3) % REVIEWERS.size());
    return new Authorship(
        List.of(), List.of("Équipe pédagogique " + name), List.of("Tuteur " + name), "UniCamp");
  }

  private static final List<String> REVIEWERS =
      List.of("Martin", "Bernard", "Lefèvre", "Moreau", "Garnier", "Roux", "Fontaine");

  /** One competency per learning outcome, on the same four-level grid, pass at "Acquis". */
  static List<CompetencyDefinition> competencies(AnnexElements annex) {
    List<CompetencyDefinition> competencies = new ArrayList<>();
    List<String> fr = annex.learningOutcomesFr();
    List<String> en = annex.learningOutcomesEn();
    for (int i = 0; i < fr.size(); i++) {
      competencies.add(
          new CompetencyDefinition(
              "C" + (i + 1),
              fr.get(i),
              i < en.size() ? en.get(i) : null,
              List.of(fr.get(i)),
              CRITERIA,
              LEVELS,
              3));
    }
    return competencies;
  }

  /** A plausible plan: design and tutoring in proportion to the hours, the entry's price. */
  static SustainabilityPlan plan(int hours, Money price) {
    return new SustainabilityPlan(
        new DesignCosts(BigDecimal.valueOf(hours * 3L), eur("55.00"), euros(2500 + 100 * hours)),
        new SessionCosts(BigDecimal.valueOf(Math.max(4, hours / 2)), eur("45.00"), eur("150.00")),
        new LearnerCosts(eur("12.00"), eur("20.00"), eur("5.00")),
        new Pricing(
            price == null ? eur("300.00") : price, new BigDecimal("20"), new BigDecimal("10")),
        new Horizon(6, 15));
  }

  private static Money euros(long amount) {
    return Money.eur(BigDecimal.valueOf(amount).setScale(2));
  }

  private static Map<String, MicroCertificationStatus> targets() {
    Map<String, MicroCertificationStatus> targets = new HashMap<>();
    for (CsvRecord r :
        CsvReader.utf8()
            .requiring("university", "code", "status")
            .read(bytes(WORKFLOW))
            .requireNoErrors()) {
      targets.put(
          key(r.get("university"), r.get("code")),
          MicroCertificationStatus.valueOf(r.get("status")));
    }
    return targets;
  }

  private static String key(String university, String code) {
    return university + "/" + code;
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = DemoCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
