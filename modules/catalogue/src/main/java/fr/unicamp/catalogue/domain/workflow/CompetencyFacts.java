package fr.unicamp.catalogue.domain.workflow;

/**
 * What the gate needs to know of one competency and its criteria grid ("grille critériée"): how
 * many criteria, how many levels, and whether a pass rule says which levels award it.
 */
public record CompetencyFacts(String name, int criteria, int levels, boolean hasPassRule) {

  /** A grid can mark a learner: at least one criterion, two levels and a pass rule. */
  public boolean hasCompleteGrid() {
    return criteria >= 1 && levels >= 2 && hasPassRule;
  }
}
