package fr.unicamp.enrolment.domain.learner;

/** The civility the SIS records ("Madame", "Monsieur"). Stored by name: never rename a constant. */
public enum Civility {
  MS,
  MR
}
