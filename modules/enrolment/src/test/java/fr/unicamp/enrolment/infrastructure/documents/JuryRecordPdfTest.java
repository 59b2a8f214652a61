package fr.unicamp.enrolment.infrastructure.documents;

import static fr.unicamp.enrolment.infrastructure.documents.Documents.LILLE;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.SESSION;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.TODAY;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.eligible;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.excluded;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.flat;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.ineligible;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.learner;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.pages;
import static fr.unicamp.enrolment.infrastructure.documents.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.enrolment.domain.assessment.Grids;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.Enrolments;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.jury.JuryDecision;
import fr.unicamp.enrolment.domain.jury.LearnerVerdict;
import fr.unicamp.enrolment.domain.jury.Verdict;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JuryRecordPdfTest {

  static final LocalDate DECIDED = LocalDate.of(2026, 12, 3);
  static final List<String> MEMBERS =
      List.of("Mme Éloïse Garçon, présidente", "M. Noël Dupré", "Mme Françoise Lœb");

  static JuryDecision decision(List<LearnerVerdict> verdicts) {
    return new JuryDecision(
        Enrolments.ULILLE, SessionId.of(100), Grids.VERSION, DECIDED, MEMBERS, verdicts);
  }

  static LearnerVerdict verdict(long id, Verdict verdict, String comment) {
    return new LearnerVerdict(EnrolmentId.of(id), verdict, comment);
  }

  /** Four candidates: awarded, withheld by the jury, ineligible twice over, excluded. */
  static byte[] fourCandidates() {
    List<Eligibility> eligibilities =
        List.of(
            eligible(1, "83.33"),
            eligible(2, "100.00"),
            ineligible(
                3,
                "52.38",
                IneligibilityReason.ATTENDANCE_BELOW_THRESHOLD,
                IneligibilityReason.ASSESSMENT_FAILED),
            excluded(4, "90.48", "Suspicion de fraude à l’évaluation ; enquête en cours"));
    Map<LearnerId, LearnerDetails> learners =
        Map.of(
            LearnerId.of(1001), learner("Lefèvre", "Zoé", "z@example.org"),
            LearnerId.of(1002), learner("Çelik", "Aïcha", "a@example.org"),
            LearnerId.of(1003), learner("Œhlenschläger", "Noël", "n@example.org"),
            LearnerId.of(1004), learner("Bernard", "Loïc", "l@example.org"));
    JuryDecision decision =
        decision(
            List.of(
                verdict(1, Verdict.AWARDED, null),
                verdict(2, Verdict.NOT_AWARDED, "Évaluation remise hors délai"),
                verdict(3, Verdict.NOT_AWARDED, null),
                verdict(4, Verdict.NOT_AWARDED, null)));
    return JuryRecordPdf.render(LILLE, SESSION, decision, eligibilities, learners, TODAY);
  }

  @Test
  void the_record_names_the_university_the_version_the_session_and_the_members()
      throws IOException {
    String text = flat(fourCandidates());

    assertThat(text)
        .contains("Procès-verbal de délibération du jury")
        .contains("Université de Lille")
        .contains("MC-DATA-01 — Analyse de données pour l’économie sociale (version 2)")
        .contains("S2026-A, du 14 septembre 2026 au 30 novembre 2026")
        .contains("21 h")
        .contains("Le jury, réuni le 3 décembre 2026")
        .contains("Généré le 04/12/2026", "Page 1/");
    for (String member : MEMBERS) {
      assertThat(text.split(member, -1)).as(member + " listed and signing").hasSize(3);
    }
  }

  @Test
  void every_candidate_has_a_decision_and_every_withheld_award_says_why() throws IOException {
    String text = flat(fourCandidates());

    assertThat(text)
        .contains("LEFÈVRE Zoé", "ÇELIK Aïcha", "ŒHLENSCHLÄGER Noël", "BERNARD Loïc")
        .contains("83,33 %", "100 %", "52,38 %")
        .contains("Attribuée", "Non attribuée")
        .contains("Ajourné par le jury : Évaluation remise hors délai")
        .contains("Non éligible : assiduité inférieure au seuil ; évaluation non réussie")
        .contains("exclu du jury (Suspicion de fraude à l’évaluation ; enquête en cours)");
  }

  @Test
  void the_counts_add_up_by_kind_of_outcome() throws IOException {
    String text = text(fourCandidates());

    assertThat(text)
        .containsPattern("Candidats examinés\\s+4")
        .containsPattern("Micro-certification attribuée\\s+1")
        .containsPattern("Non attribuée\\s+3")
        .containsPattern("dont ajournés par le jury\\s+1")
        .containsPattern("dont non éligibles\\s+1")
        .containsPattern("dont exclus du jury\\s+1");
  }

  @Test
  void learners_are_listed_in_french_alphabetical_order() throws IOException {
    String text = text(fourCandidates());

    assertThat(text.indexOf("BERNARD")).isLessThan(text.indexOf("ÇELIK"));
    assertThat(text.indexOf("ÇELIK")).isLessThan(text.indexOf("LEFÈVRE"));
    assertThat(text.indexOf("LEFÈVRE")).isLessThan(text.indexOf("ŒHLENSCHLÄGER"));
  }

  @Test
  void a_session_of_two_hundred_learners_runs_over_numbered_pages() throws IOException {
    List<Eligibility> eligibilities = new ArrayList<>();
    List<LearnerVerdict> verdicts = new ArrayList<>();
    Map<LearnerId, LearnerDetails> learners = new HashMap<>();
    for (long id = 1; id <= 200; id++) {
      eligibilities.add(eligible(id, "95"));
      verdicts.add(verdict(id, Verdict.AWARDED, null));
      learners.put(
          LearnerId.of(1000 + id),
          learner(String.format("Apprenant%03d", id), "Émile", id + "@example.org"));
    }

    byte[] pdf =
        JuryRecordPdf.render(LILLE, SESSION, decision(verdicts), eligibilities, learners, TODAY);

    int pages = pages(pdf);
    assertThat(pages).isGreaterThan(3);
    for (int p = 1; p <= pages; p++) {
      String page = text(pdf, p, p);
      assertThat(page).contains("Université de Lille", "Page " + p + "/" + pages);
      if (p > 1 && p < pages) {
        assertThat(page).as("header row repeated on page " + p).contains("Observations");
      }
    }
    String all = text(pdf);
    for (int id = 1; id <= 200; id++) {
      assertThat(all).contains(String.format("APPRENANT%03d Émile", id));
    }
    assertThat(all).containsPattern("Candidats examinés\\s+200");
    assertThat(text(pdf, pages, pages)).contains("Signatures des membres du jury");
  }

  @Test
  void a_verdict_whose_learner_is_unknown_shows_its_enrolment_number() throws IOException {
    byte[] pdf =
        JuryRecordPdf.render(
            LILLE,
            SESSION,
            decision(List.of(verdict(77, Verdict.NOT_AWARDED, null))),
            List.of(),
            Map.of(),
            TODAY);

    assertThat(text(pdf)).contains("Inscription n° 77", "Ajourné par le jury");
  }
}
