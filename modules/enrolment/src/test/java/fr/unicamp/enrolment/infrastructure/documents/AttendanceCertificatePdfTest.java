package fr.unicamp.enrolment.infrastructure.documents;

import static fr.unicamp.enrolment.infrastructure.documents.Documents.LILLE;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.SESSION;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.TODAY;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.completed;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.flat;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.hours;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.zoe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AttendanceCertificatePdfTest {

  @Test
  void the_certificate_names_provider_learner_action_and_hours_the_french_way() throws IOException {
    byte[] pdf =
        AttendanceCertificatePdf.render(
            LILLE, SESSION, zoe(), completed(1), hours(1, "17.5"), TODAY);

    String text = flat(pdf);
    assertThat(text)
        .contains("Certificat de réalisation")
        .contains("Dispensateur de l’action : Université de Lille")
        .contains("SIRET : 19593560400011")
        .contains("Déclaration d’activité enregistrée sous le numéro 31590000000")
        .contains("Mme Zoé LEFÈVRE")
        .contains("du 11 septembre 2026 au 11 octobre 2026")
        .contains("MC-DATA-01 — Analyse de données pour l’économie sociale (version 2)")
        .contains("action de formation (article L. 6313-1 du code du travail)")
        .contains("à distance, en autonomie tutorée (asynchrone)")
        .containsPattern("Durée prévue\\s+21 h")
        .containsPattern("Durée réalisée\\s+17,5 h")
        .containsPattern("Taux de réalisation\\s+83,33 %")
        .contains("temps estimés des activités pédagogiques")
        .contains("Fait à Lille, le 4 décembre 2026")
        .contains("Cachet et signature du responsable");
  }

  @Test
  void units_are_kept_with_their_number_by_a_no_break_space() throws IOException {
    byte[] pdf =
        AttendanceCertificatePdf.render(
            LILLE, SESSION, zoe(), completed(1), hours(1, "17.5"), TODAY);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("17,5\u00a0h", "83,33\u00a0%");
    }
  }

  @Test
  void the_dates_are_the_learners_own_when_known() throws IOException {
    // Enrolments.pedagogical: started ten days after enrolling (1 September); withdrew 5 days on
    Enrolment withdrawn =
        Documents.enrolment(1, AdministrativeStatus.CONFIRMED_BY_SIS, PedagogicalStatus.WITHDRAWN);
    Enrolment enrolled =
        Documents.enrolment(2, AdministrativeStatus.REGISTERED, PedagogicalStatus.ENROLLED);

    assertThat(
            flat(
                AttendanceCertificatePdf.render(
                    LILLE, SESSION, zoe(), withdrawn, hours(1, "3"), TODAY)))
        .contains("du 11 septembre 2026 au 16 septembre 2026")
        .containsPattern("Taux de réalisation\\s+14,29 %");
    assertThat(
            flat(
                AttendanceCertificatePdf.render(
                    LILLE, SESSION, zoe(), enrolled, hours(2, "0"), TODAY)))
        .contains("du 14 septembre 2026 au 30 novembre 2026")
        .containsPattern("Durée réalisée\\s+0 h");
  }

  @Test
  void identifiers_the_university_has_not_entered_are_left_off() throws IOException {
    TrainingProvider bare = new TrainingProvider("Université de Nîmes", null, " ", null);
    SessionSummary onsite =
        new SessionSummary(
            SESSION.certificationCode(),
            SESSION.certificationTitle(),
            1,
            "S1",
            SESSION.startsOn(),
            SESSION.endsOn(),
            SESSION.plannedHours(),
            SessionModality.ONSITE);

    String text =
        flat(
            AttendanceCertificatePdf.render(
                bare, onsite, zoe(), completed(1), hours(1, "21"), TODAY));

    assertThat(text)
        .contains("Dispensateur de l’action : Université de Nîmes", "Fait le 4 décembre 2026")
        .contains("en présentiel")
        .doesNotContain("SIRET", "Déclaration d’activité", "Fait à", "temps estimés");
  }

  @Test
  void no_certificate_without_recorded_hours() {
    assertThatThrownBy(
            () -> AttendanceCertificatePdf.render(LILLE, SESSION, zoe(), completed(1), null, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no attendance recorded for enrolment 1");
  }
}
