package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.enrolment.domain.assessment.Assessment;
import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.assessment.IdentityCheckMethod;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.attendance.AttendanceSource;
import fr.unicamp.enrolment.domain.certification.CertificationTerms;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.Exclusion;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.learner.BirthPlace;
import fr.unicamp.enrolment.domain.learner.Civility;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.learner.Learners;
import fr.unicamp.enrolment.domain.learner.PostalAddress;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A session, its provider and learners in every situation the documents show, and PDF reading. */
final class Documents {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final BigDecimal PLANNED = new BigDecimal("21");
  static final CertificationTerms TERMS =
      Grids.terms(IdentityVerification.SUPERVISED_WITH_ID_CHECK);
  static final TrainingProvider LILLE =
      new TrainingProvider("Université de Lille", "Lille", "19593560400011", "31590000000");
  static final SessionSummary SESSION =
      new SessionSummary(
          "MC-DATA-01",
          "Analyse de données pour l’économie sociale",
          2,
          "S2026-A",
          LocalDate.of(2026, 9, 14),
          LocalDate.of(2026, 11, 30),
          PLANNED,
          SessionModality.ONLINE_ASYNCHRONOUS);

  private Documents() {}

  static LearnerDetails learner(String family, String given, String email) {
    return new LearnerDetails(
        Civility.MS,
        family,
        null,
        given,
        LocalDate.of(1990, 5, 3),
        new BirthPlace("Lille", "59350", "FR"),
        "FR",
        email,
        null,
        new PostalAddress("1 rue de Paris", null, "59000", "Lille", "FR"),
        null);
  }

  static LearnerDetails zoe() {
    return learner("Lefèvre", "Zoé", "zoe.lefevre@example.org");
  }

  static LearnerDetails julie() {
    return Learners.julie();
  }

  static Enrolment enrolment(long id, AdministrativeStatus a, PedagogicalStatus p) {
    return Enrolments.enrolment(id, 1000 + id, 100, a, p);
  }

  static Enrolment completed(long id) {
    return enrolment(id, AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.COMPLETED);
  }

  static Attendance hours(long id, String hours) {
    return Attendance.restore(
        EnrolmentId.of(id), new BigDecimal(hours), AttendanceSource.LMS_IMPORT, "system", Grids.AT);
  }

  static Assessment passed(long id, String grade) {
    return Assessment.mark(
        EnrolmentId.of(id),
        TERMS,
        Map.of("C1", List.of(2, 3), "C2", List.of(2)),
        grade == null ? null : new BigDecimal(grade),
        LocalDate.of(2026, 12, 1),
        "Mme Évaluatrice",
        Grids.check(IdentityCheckMethod.REMOTE_PROCTORING));
  }

  static Assessment failed(long id) {
    return Assessment.mark(
        EnrolmentId.of(id),
        TERMS,
        Map.of("C1", List.of(1, 3), "C2", List.of(2)),
        null,
        LocalDate.of(2026, 12, 1),
        "Mme Évaluatrice",
        Grids.check(IdentityCheckMethod.REMOTE_PROCTORING));
  }

  static Eligibility eligible(long id, String percent) {
    return new Eligibility(
        EnrolmentId.of(id), LearnerId.of(1000 + id), new BigDecimal(percent), Set.of(), null);
  }

  static Eligibility ineligible(long id, String percent, IneligibilityReason... reasons) {
    return new Eligibility(
        EnrolmentId.of(id),
        LearnerId.of(1000 + id),
        percent == null ? null : new BigDecimal(percent),
        Set.of(reasons),
        null);
  }

  static Eligibility excluded(long id, String percent, String reason) {
    return new Eligibility(
        EnrolmentId.of(id),
        LearnerId.of(1000 + id),
        new BigDecimal(percent),
        Set.of(IneligibilityReason.EXCLUDED),
        new Exclusion(EnrolmentId.of(id), reason, "staff.ulille", Grids.AT));
  }

  /** The whole text on one line: a wrapped phrase reads as one. */
  static String flat(byte[] pdf) throws IOException {
    return text(pdf).replaceAll("\\s+", " ");
  }

  /** The text of a PDF's pages {@code from} to {@code to}, no-break spaces as plain ones. */
  static String text(byte[] pdf, int from, int to) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(document).replace('\u00a0', ' ');
    }
  }

  static String text(byte[] pdf) throws IOException {
    return text(pdf, 1, Integer.MAX_VALUE);
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }
}
