package fr.unicamp.catalogue.domain.microcertification;

/** Form of participation (EU Annex I, mandatory). Stored by name: never rename a constant. */
public enum ParticipationForm {
  ONLINE,
  BLENDED,
  ONSITE
}
