package fr.unicamp.enrolment.infrastructure.documents;

import fr.unicamp.common.infrastructure.pdf.PdfDocumentWriter;
import fr.unicamp.common.infrastructure.pdf.PdfPageFrame;
import fr.unicamp.common.infrastructure.pdf.PdfTable;
import fr.unicamp.common.infrastructure.pdf.PdfTable.Column;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.jury.Eligibility;
import fr.unicamp.enrolment.domain.jury.IneligibilityReason;
import fr.unicamp.enrolment.domain.jury.JuryDecision;
import fr.unicamp.enrolment.domain.jury.LearnerVerdict;
import fr.unicamp.enrolment.domain.jury.Verdict;
import fr.unicamp.enrolment.domain.learner.LearnerDetails;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jury's deliberation record ("procès-verbal de délibération") of one session as a PDF: the
 * university, the micro-certification version and the session, the date and the members, a line per
 * candidate (name, attendance, decision, and why it was withheld: the jury's comment, the
 * exclusion's reason or every reason the learner was not eligible), the counts, and a signature box
 * per member. Learners are listed in French alphabetical order.
 */
public final class JuryRecordPdf {

  private JuryRecordPdf() {}

  /**
   * @param eligibilities the candidates' eligibility as the jury saw it (reasons, exclusions,
   *     attendance), matched to the verdicts by enrolment
   * @param learners the candidates' details; a missing one shows as its enrolment number
   * @param generatedOn today, Europe/Paris
   */
  public static byte[] render(
      TrainingProvider provider,
      SessionSummary session,
      JuryDecision decision,
      List<Eligibility> eligibilities,
      Map<LearnerId, LearnerDetails> learners,
      LocalDate generatedOn) {
    Map<EnrolmentId, Eligibility> byEnrolment =
        eligibilities.stream()
            .collect(Collectors.toMap(Eligibility::enrolment, Function.identity(), (a, b) -> b));
    List<Line> lines = lines(decision, byEnrolment, learners);
    try (PdfDocumentWriter pdf =
        PdfDocumentWriter.open(PdfPageFrame.french(provider.name(), generatedOn))) {
      pdf.properties(
              "Procès-verbal de délibération — " + session.certificationCode(),
              "Session "
                  + session.sessionCode()
                  + ", jury du "
                  + FrenchFormat.date(decision.decidedOn()))
          .title("Procès-verbal de délibération du jury")
          .field("Établissement", provider.name())
          .field("Micro-certification", session.certification())
          .field(
              "Session",
              session.sessionCode()
                  + ", du "
                  + FrenchFormat.date(session.startsOn())
                  + " au "
                  + FrenchFormat.date(session.endsOn()))
          .field("Volume horaire prévu", FrenchFormat.hours(session.plannedHours()))
          .field("Date de délibération", FrenchFormat.date(decision.decidedOn()))
          .heading("Composition du jury")
          .paragraph(String.join("\n", decision.members()))
          .heading("Décisions")
          .paragraph(
              "Le jury, réuni le "
                  + FrenchFormat.date(decision.decidedOn())
                  + ", a délibéré sur chacun des candidats de la session et arrêté les décisions"
                  + " suivantes.")
          .table(table(lines))
          .heading("Récapitulatif");
      counts(pdf, lines);
      return pdf.heading("Signatures des membres du jury").signatures(decision.members()).toBytes();
    }
  }

  private record Line(String name, LearnerVerdict verdict, Eligibility eligibility) {}

  private static List<Line> lines(
      JuryDecision decision,
      Map<EnrolmentId, Eligibility> eligibilities,
      Map<LearnerId, LearnerDetails> learners) {
    List<Line> lines = new ArrayList<>();
    for (LearnerVerdict v : decision.verdicts()) {
      Eligibility e = eligibilities.get(v.enrolment());
      LearnerDetails d = e == null ? null : learners.get(e.learner());
      String name = d == null ? "Inscription n° " + v.enrolment().value() : FrenchFormat.name(d);
      lines.add(new Line(name, v, e));
    }
    lines.sort(Comparator.comparing(Line::name, Collator.getInstance(Locale.FRENCH)::compare));
    return lines;
  }

  private static PdfTable table(List<Line> lines) {
    PdfTable table =
        PdfTable.of(
            Column.right("N°", 0.6f),
            Column.left("Apprenant", 4),
            Column.right("Assiduité", 1.6f),
            Column.left("Décision", 2),
            Column.left("Observations", 5));
    int n = 0;
    for (Line line : lines) {
      Eligibility e = line.eligibility();
      table.row(
          Integer.toString(++n),
          line.name(),
          e == null || e.attendancePercent() == null
              ? "—"
              : FrenchFormat.percent(e.attendancePercent()),
          line.verdict().verdict() == Verdict.AWARDED ? "Attribuée" : "Non attribuée",
          observation(line.verdict(), e));
    }
    return table;
  }

  /** Why the award was withheld, or the jury's comment on an award. */
  static String observation(LearnerVerdict verdict, Eligibility e) {
    String comment = verdict.comment() == null ? "" : verdict.comment();
    if (verdict.verdict() == Verdict.AWARDED) {
      return comment;
    }
    if (e == null || e.isEligible()) {
      return comment.isEmpty() ? "Ajourné par le jury" : "Ajourné par le jury : " + comment;
    }
    List<String> reasons = new ArrayList<>();
    for (IneligibilityReason reason : e.reasons()) {
      if (reason == IneligibilityReason.EXCLUDED && e.exclusion() != null) {
        reasons.add("exclu du jury (" + e.exclusion().reason() + ")");
      } else {
        reasons.add(FrenchFormat.reason(reason));
      }
    }
    String text = "Non éligible : " + String.join(" ; ", reasons);
    return comment.isEmpty() ? text : text + ". " + comment;
  }

  private static void counts(PdfDocumentWriter pdf, List<Line> lines) {
    long awarded = lines.stream().filter(l -> l.verdict().verdict() == Verdict.AWARDED).count();
    long withheld =
        lines.stream()
            .filter(l -> l.verdict().verdict() == Verdict.NOT_AWARDED)
            .filter(l -> l.eligibility() == null || l.eligibility().isEligible())
            .count();
    long excluded =
        lines.stream()
            .filter(l -> l.eligibility() != null)
            .filter(l -> l.eligibility().reasons().contains(IneligibilityReason.EXCLUDED))
            .count();
    long ineligible = lines.size() - awarded - withheld - excluded;
    pdf.field("Candidats examinés", Long.toString(lines.size()))
        .field("Micro-certification attribuée", Long.toString(awarded))
        .field("Non attribuée", Long.toString(lines.size() - awarded))
        .field("– dont ajournés par le jury", Long.toString(withheld))
        .field("– dont non éligibles", Long.toString(ineligible))
        .field("– dont exclus du jury", Long.toString(excluded));
  }
}
