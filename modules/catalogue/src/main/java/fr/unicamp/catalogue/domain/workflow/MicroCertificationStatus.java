package fr.unicamp.catalogue.domain.workflow;

/**
 * Where a micro-certification stands in its review: DRAFT → IN_REVIEW → APPROVED → PUBLISHED →
 * RETIRED, with IN_REVIEW → DRAFT when the review sends it back. The transitions and their gate
 * live in {@code fr.unicamp.catalogue.domain.workflow.CatalogueWorkflow}. Stored by name: never
 * rename a constant.
 */
public enum MicroCertificationStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED,
  RETIRED
}
