package fr.unicamp.catalogue.domain.microcertification;

/**
 * Supervision and identity verification during assessment: the three levels of EU Annex I, part II.
 * Stored by name: never rename a constant.
 */
public enum IdentityVerification {
  UNSUPERVISED_NO_ID_CHECK,
  SUPERVISED_NO_ID_CHECK,
  SUPERVISED_WITH_ID_CHECK
}
