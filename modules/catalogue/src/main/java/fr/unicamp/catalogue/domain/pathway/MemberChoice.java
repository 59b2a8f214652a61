package fr.unicamp.catalogue.domain.pathway;

/**
 * A micro-certification the designers put in a pathway, by id, and whether every learner must take
 * it; a member is required unless said otherwise ({@code required} null).
 */
public record MemberChoice(Long microCertificationId, Boolean required) {

  public boolean isRequired() {
    return required == null || required;
  }
}
