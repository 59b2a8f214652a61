package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import java.io.Serializable;
import java.time.LocalDate;

/** What the review actions ask for: comments, the academic review, the CFVU date, a reason. */
public class TransitionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String comments;
  private String reviewer;
  private LocalDate reviewedOn;
  private ReviewVerdict verdict;
  private String opinion;
  private LocalDate cfvuInformedOn;
  private String reason;

  AcademicReview review() {
    return new AcademicReview(reviewer, reviewedOn, verdict, opinion);
  }

  /** The verdicts the approve form offers, in order. */
  public ReviewVerdict[] getVerdicts() {
    return ReviewVerdict.values();
  }

  public ReviewVerdict getVerdict() {
    return verdict;
  }

  public void setVerdict(ReviewVerdict verdict) {
    this.verdict = verdict;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public String getReviewer() {
    return reviewer;
  }

  public void setReviewer(String reviewer) {
    this.reviewer = reviewer;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(LocalDate reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public LocalDate getCfvuInformedOn() {
    return cfvuInformedOn;
  }

  public void setCfvuInformedOn(LocalDate cfvuInformedOn) {
    this.cfvuInformedOn = cfvuInformedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
