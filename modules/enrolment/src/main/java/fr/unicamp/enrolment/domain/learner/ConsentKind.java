package fr.unicamp.enrolment.domain.learner;

/**
 * What a learner may consent to (standards.md §8.2): that a public page shows their certificate to
 * whoever has its link, and that their name appears in published lists (laureates, testimonials).
 * Stored by name: never rename a constant.
 */
public enum ConsentKind {
  PUBLIC_VERIFICATION_PAGE,
  PUBLICATION
}
