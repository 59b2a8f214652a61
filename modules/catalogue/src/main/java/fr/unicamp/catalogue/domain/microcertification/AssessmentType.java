package fr.unicamp.catalogue.domain.microcertification;

/**
 * Type of assessment (EU Annex I, mandatory): how learners show the learning outcomes. An authentic
 * task is the framework's "situation d'apprentissage et d'évaluation" (SAE). Stored by name: never
 * rename a constant.
 */
public enum AssessmentType {
  AUTHENTIC_TASK,
  PROJECT,
  PORTFOLIO,
  QUIZ,
  WRITTEN_EXAM,
  ORAL_EXAM
}
