package fr.unicamp.catalogue.domain.workflow;

/**
 * Where a micro-certification stands in its review: DRAFT → IN_REVIEW → APPROVED → PUBLISHED →
 * RETIRED, with IN_REVIEW → DRAFT when the review sends it back. The transitions and their gate
 * live in {@code fr.unicamp.catalogue.domain.workflow.CatalogueWorkflow}. Stored by name: never
 * rename a constant.
 *
 * <p>From APPROVED on, a micro-certification is frozen: editing it means drafting its next version.
 */
public enum MicroCertificationStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED,
  RETIRED;

  /** Still on its way to the marketplace: DRAFT, IN_REVIEW or APPROVED. */
  public boolean isOpen() {
    return this == DRAFT || this == IN_REVIEW || this == APPROVED;
  }

  /**
   * Whether its content is frozen, so that a change needs a new version: APPROVED, PUBLISHED and
   * RETIRED. A draft is edited in place; one IN_REVIEW is sent back first.
   */
  public boolean isFrozen() {
    return this == APPROVED || this == PUBLISHED || this == RETIRED;
  }
}
