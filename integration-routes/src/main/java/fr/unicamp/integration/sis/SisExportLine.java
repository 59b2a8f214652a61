package fr.unicamp.integration.sis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One learner × micro-certification element to tell a SIS about: the administrative enrolment (IA)
 * and the pedagogical one (IP), with the result once the jury decided. Optional values are null.
 *
 * @param enrolmentReference our key for the enrolment; the SIS's return quotes it
 * @param studentNumber the SIS's student number, once a return gave it
 */
public record SisExportLine(
    String enrolmentReference,
    String academicYear,
    String studentNumber,
    String ine,
    String familyName,
    String usageName,
    String firstName,
    LocalDate birthDate,
    String civility,
    String email,
    String programmeCode,
    String programmeTitle,
    String regimeBcn,
    String iaStatus,
    String paymentStatus,
    LocalDate iaDate,
    String elementCode,
    String elementTitle,
    BigDecimal ects,
    String ipStatus,
    LocalDate ipDate,
    BigDecimal finalGrade,
    String finalResult,
    OffsetDateTime updatedAt) {

  public SisExportLine {
    Objects.requireNonNull(enrolmentReference, "enrolmentReference");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(programmeCode, "programmeCode");
    Objects.requireNonNull(elementCode, "elementCode");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
