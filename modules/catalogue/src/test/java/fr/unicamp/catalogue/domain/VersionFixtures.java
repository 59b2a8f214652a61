package fr.unicamp.catalogue.domain;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.common.domain.university.UniversityCode;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Micro-certifications with every element set, in any status, for the versioning tests. */
public final class VersionFixtures {

  public static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  public static final Set<UniversityCode> CONSORTIUM =
      Set.of(ULILLE, UniversityCode.of("URENNES"), UniversityCode.of("UNISTRA"));
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Paris"));
  public static final AcademicReview REVIEW =
      new AcademicReview(
          "Pr. Martin", LocalDate.of(2026, 3, 2), ReviewVerdict.FAVOURABLE, "Avis favorable");
  public static final LocalDate CFVU = LocalDate.of(2026, 3, 5);

  private VersionFixtures() {}

  /** Every Annex I element, the optional ones included. */
  public static AnnexElements everyElement() {
    return everyElementWith("Acquis / non acquis", "Premier bloc du DIU Science des données");
  }

  /** As {@link #everyElement()}, with this grade scheme and integration/stackability. */
  public static AnnexElements everyElementWith(String gradeScheme, String stackability) {
    AnnexElements a = MicroCertificationAnnexTest.complete();
    return new AnnexElements(
        a.issuerCountry(),
        a.issuerRegion(),
        a.learningOutcomesFr(),
        a.learningOutcomesEn(),
        a.ects(),
        a.eqfLevel(),
        a.assessmentType(),
        a.participationForm(),
        a.qualityAssurance(),
        a.identityVerification(),
        a.attendanceThresholdPercent(),
        24,
        a.price(),
        a.nsfCode(),
        a.prerequisites(),
        "Voir la fiche du programme",
        gradeScheme,
        stackability);
  }

  public static Authorship authorship() {
    return new Authorship(
        List.of("URENNES", "UNISTRA"),
        List.of("Claire Dupont", "Karim Benali"),
        List.of("Léa Martin"),
        "UniCamp");
  }

  public static List<CompetencyDefinition> competencies() {
    return List.of(
        MicroCertificationCompetenciesAndPlanTest.competency("C1"),
        MicroCertificationCompetenciesAndPlanTest.competency("C2"));
  }

  public static SustainabilityPlan plan() {
    return MicroCertificationCompetenciesAndPlanTest.plan();
  }

  /** A stored (numbered {@code id}) version 1 in {@code status}, reached the way users reach it. */
  public static MicroCertification stored(long id, MicroCertificationStatus status) {
    MicroCertification m = MicroCertification.draft(ULILLE, "MC-01", "Analyser", "Analyse", 18);
    assignId(m, id);
    m.describe(everyElement(), authorship(), CONSORTIUM);
    m.defineCompetencies(competencies());
    m.planSustainability(plan());
    walk(m, status);
    return m;
  }

  /** Takes a complete draft through the workflow up to {@code status}. */
  public static void walk(MicroCertification m, MicroCertificationStatus status) {
    if (status == MicroCertificationStatus.DRAFT) {
      return;
    }
    m.submitForReview(CLOCK);
    if (status.compareTo(MicroCertificationStatus.APPROVED) >= 0) {
      m.approve(REVIEW, CLOCK);
    }
    if (status.compareTo(MicroCertificationStatus.PUBLISHED) >= 0) {
      m.publish(CFVU, CLOCK);
    }
    if (status == MicroCertificationStatus.RETIRED) {
      m.retire("Programme refondu", CLOCK);
    }
  }

  /** Numbers a row as the identity column would; the entity has no setter for it, rightly. */
  public static void assignId(MicroCertification m, long id) {
    try {
      Field field = MicroCertification.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(m, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
