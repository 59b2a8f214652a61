package fr.unicamp.enrolment.domain.enrolment;

/**
 * Why a learner dropped out: the causes Qualiopi's indicator 2 breaks the drop-out rate down by
 * (standards.md §4.3). Stored by name: never rename a constant.
 */
public enum WithdrawalCause {
  PERSONAL,
  PROFESSIONAL,
  PEDAGOGICAL,
  FINANCIAL,
  HEALTH,
  UNKNOWN
}
