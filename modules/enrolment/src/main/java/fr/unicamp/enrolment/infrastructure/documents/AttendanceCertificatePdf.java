package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.common.infrastructure.pdf.PdfDocumentWriter;
import fr.unicamp.common.infrastructure.pdf.PdfPageFrame;
import fr.unicamp.enrolment.domain.attendance.Attendance;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One learner's attendance certificate ("certificat de réalisation") as a PDF, following the
 * ministry's model that funders (OPCO, CPF, France Travail) ask training providers for: the
 * provider (with its SIRET and activity declaration number when known), the learner, the action
 * (title, nature, dates, modality), the hours planned and realised, the record-keeping commitment,
 * place and date, and the provider's signature box.
 *
 * <p>The dates are the learner's own (started, ended) when known, else the session's.
 */
public final class AttendanceCertificatePdf {

  private AttendanceCertificatePdf() {}

  /**
   * @param attendance the learner's recorded hours; a certificate needs them
   * @param issuedOn the day it is made, Europe/Paris
   * @throws IllegalArgumentException when no hours were recorded
   */
  public static byte[] render(
      TrainingProvider provider,
      SessionSummary session,
      LearnerDetails learner,
      Enrolment enrolment,
      Attendance attendance,
      LocalDate issuedOn) {
    Objects.requireNonNull(learner, "learner");
    if (attendance == null || attendance.hoursRealised() == null) {
      throw new IllegalArgumentException(
          "no attendance recorded for enrolment " + enrolment.id() + ": no certificate");
    }
    LocalDate from = orElse(enrolment.pedagogical().startedOn(), session.startsOn());
    LocalDate to = orElse(enrolment.pedagogical().endedOn(), session.endsOn());
    try (PdfDocumentWriter pdf =
        PdfDocumentWriter.open(PdfPageFrame.french(provider.name(), issuedOn))) {
      pdf.properties(
              "Certificat de réalisation — " + FrenchFormat.name(learner),
              session.certificationCode() + ", session " + session.sessionCode())
          .title("Certificat de réalisation")
          .paragraph(provider(provider))
          .space(6)
          .paragraph(
              "Je soussigné(e), ………………………………………………, représentant(e) légal(e) du dispensateur"
                  + " de l’action concourant au développement des compétences "
                  + provider.name()
                  + ", atteste que :")
          .field("Apprenant(e)", FrenchFormat.civilName(learner))
          .paragraph("a suivi l’action :")
          .field("Intitulé", session.certification())
          .field("Nature de l’action", "action de formation (article L. 6313-1 du code du travail)")
          .field("Session", session.sessionCode())
          .field("Dates", "du " + FrenchFormat.date(from) + " au " + FrenchFormat.date(to));
      if (session.modality() != null) {
        pdf.field("Modalité", FrenchFormat.modality(session.modality()));
      }
      pdf.field("Durée prévue", FrenchFormat.hours(session.plannedHours()))
          .field("Durée réalisée", FrenchFormat.hours(attendance.hoursRealised()))
          .field(
              "Taux de réalisation",
              FrenchFormat.percent(attendance.rate(session.plannedHours()).percent()))
          .space(6);
      if (session.modality() != SessionModality.ONSITE) {
        pdf.paragraph(
            "Pour les actions de formation à distance, la durée réalisée est établie à partir des"
                + " temps estimés des activités pédagogiques réalisées par l’apprenant(e).");
      }
      return pdf.paragraph(
              "Sans préjudice des délais imposés par les règles fiscales, comptables ou"
                  + " commerciales, je m’engage à conserver l’ensemble des pièces justificatives qui"
                  + " ont permis d’établir le présent certificat pendant une durée de 3 ans à"
                  + " compter de la fin de l’année du dernier paiement.")
          .space(6)
          .paragraph(madeAt(provider, issuedOn))
          .space(10)
          .signatures(List.of("Cachet et signature du responsable\ndu dispensateur de formation"))
          .toBytes();
    }
  }

  private static String provider(TrainingProvider p) {
    StringBuilder text = new StringBuilder("Dispensateur de l’action : ").append(p.name());
    if (p.siret() != null) {
      text.append("\nSIRET : ").append(p.siret());
    }
    if (p.nda() != null) {
      text.append("\nDéclaration d’activité enregistrée sous le numéro ")
          .append(p.nda())
          .append(" (cet enregistrement ne vaut pas agrément de l’État)");
    }
    return text.toString();
  }

  private static String madeAt(TrainingProvider p, LocalDate on) {
    return (p.city() == null ? "Fait le " : "Fait à " + p.city() + ", le ") + FrenchFormat.date(on);
  }

  private static LocalDate orElse(LocalDate day, LocalDate fallback) {
    return day == null ? fallback : day;
  }
}
