package fr.unicamp.catalogue.domain.workflow;

import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;

/**
 * The academic review that approves a micro-certification: who reviewed it, when, the verdict of
 * their opinion ("sens de l'avis") and the opinion ("avis") itself, as text.
 */
public record AcademicReview(
    String reviewer, LocalDate reviewedOn, ReviewVerdict verdict, String opinion) {

  public static final int MAX_REVIEWER = 200;
  public static final int MAX_OPINION = 4000;

  public boolean isComplete() {
    return Texts.present(reviewer)
        && reviewedOn != null
        && verdict != null
        && verdict.approves()
        && Texts.present(opinion);
  }

  /**
   * This review with its texts stripped, once they fit their columns; refused with every text too
   * long otherwise (fields {@code academicReview.…}). Missing parts are the workflow's to report.
   */
  public AcademicReview checkedAndStripped() {
    new Rules()
        .require(
            reviewer == null || reviewer.strip().length() <= MAX_REVIEWER,
            "academicReview.reviewer",
            "error.text.too-long",
            MAX_REVIEWER)
        .require(
            opinion == null || opinion.strip().length() <= MAX_OPINION,
            "academicReview.opinion",
            "error.text.too-long",
            MAX_OPINION)
        .throwIfAny();
    return new AcademicReview(strip(reviewer), reviewedOn, verdict, strip(opinion));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
