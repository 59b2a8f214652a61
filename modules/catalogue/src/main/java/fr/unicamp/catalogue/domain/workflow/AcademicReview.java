package fr.unicamp.catalogue.domain.workflow;

import java.time.LocalDate;

/**
 * The academic review that approves a micro-certification: who reviewed it, when, and the opinion
 * ("avis") they gave, as text.
 */
public record AcademicReview(String reviewer, LocalDate reviewedOn, String opinion) {

  public boolean isComplete() {
    return Texts.present(reviewer) && reviewedOn != null && Texts.present(opinion);
  }
}
