package fr.unicamp.catalogue.domain.microcertification;

/** The catalogue workflow (the full state machine arrives with the catalogue issue). */
public enum MicroCertificationStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED,
  RETIRED
}
