package fr.unicamp.catalogue.domain.microcertification;

/**
 * Type of quality assurance (EU Annex I, mandatory): the university's Qualiopi certificate, its
 * Hcéres accreditation, or the consortium's common framework ("cadre commun"). Stored by name:
 * never rename a constant.
 */
public enum QualityAssuranceType {
  QUALIOPI,
  HCERES,
  CONSORTIUM_FRAMEWORK
}
