package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.CatalogueWorkflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The REST form of a micro-certification, with every Annex I element known before a learner, its
 * version and authorship; the price is a string. This is also the marketplace's catalogue entry:
 * {@code docs/formats/marketplace-catalogue.md} describes it, so change both together.
 */
public record MicroCertificationView(
    long id,
    String university,
    String universityName,
    String code,
    int version,
    Long previousVersionId,
    String titleFr,
    String titleEn,
    int hours,
    String status,
    String issuerCountry,
    String issuerRegion,
    List<String> learningOutcomesFr,
    List<String> learningOutcomesEn,
    BigDecimal ects,
    Integer eqfLevel,
    String assessmentType,
    String participationForm,
    String qualityAssurance,
    String identityVerification,
    Integer attendanceThresholdPercent,
    Integer validityMonths,
    String price,
    String nsfCode,
    String prerequisites,
    String furtherInformation,
    String gradeScheme,
    String integrationStackability,
    List<String> coProducers,
    List<String> designers,
    List<String> tutors,
    String brand,
    String sendBackComments,
    String reviewer,
    LocalDate reviewedOn,
    String reviewVerdict,
    String reviewOpinion,
    LocalDate cfvuInformedOn,
    String retirementReason,
    Instant submittedAt,
    Instant sentBackAt,
    Instant approvedAt,
    Instant publishedAt,
    Instant retiredAt) {

  /** The view of {@code m}, awarded by the university named {@code universityName}. */
  static MicroCertificationView of(MicroCertification m, String universityName) {
    AnnexElements a = m.annex();
    Authorship team = m.authorship();
    CatalogueWorkflow w = m.workflow();
    AcademicReview r = w.academicReview();
    return new MicroCertificationView(
        m.id(),
        m.university().value(),
        universityName,
        m.code(),
        m.version(),
        m.previousVersionId().orElse(null),
        m.titleFr(),
        m.titleEn(),
        m.hours(),
        m.status().name(),
        a.issuerCountry(),
        a.issuerRegion(),
        a.learningOutcomesFr(),
        a.learningOutcomesEn(),
        a.ects(),
        a.eqfLevel(),
        name(a.assessmentType()),
        name(a.participationForm()),
        name(a.qualityAssurance()),
        name(a.identityVerification()),
        a.attendanceThresholdPercent(),
        a.validityMonths(),
        a.price() == null ? null : a.price().amount().toPlainString(),
        a.nsfCode(),
        a.prerequisites(),
        a.furtherInformation(),
        a.gradeScheme(),
        a.integrationStackability(),
        team.coProducers(),
        team.designers(),
        team.tutors(),
        team.brand(),
        w.sendBackComments(),
        r == null ? null : r.reviewer(),
        r == null ? null : r.reviewedOn(),
        r == null ? null : name(r.verdict()),
        r == null ? null : r.opinion(),
        w.cfvuInformedOn(),
        w.retirementReason(),
        instant(m.submittedAt()),
        instant(m.sentBackAt()),
        instant(m.approvedAt()),
        instant(m.publishedAt()),
        instant(m.retiredAt()));
  }

  private static Instant instant(Optional<OffsetDateTime> time) {
    return time.map(OffsetDateTime::toInstant).orElse(null);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
