package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import java.math.BigDecimal;
import java.util.List;

/** The REST form of a micro-certification, with its Annex I elements; the price is a string. */
public record MicroCertificationView(
    long id,
    String university,
    String code,
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
    String furtherInformation) {

  static MicroCertificationView of(MicroCertification m) {
    AnnexElements a = m.annex();
    return new MicroCertificationView(
        m.id(),
        m.university().value(),
        m.code(),
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
        a.furtherInformation());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
