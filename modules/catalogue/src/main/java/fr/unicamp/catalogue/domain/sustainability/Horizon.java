package fr.unicamp.catalogue.domain.sustainability;

/** How long the plan looks ahead: the number of sessions and the learners expected in each. */
public record Horizon(int sessions, int forecastLearnersPerSession) {

  public int forecastLearners() {
    return Math.multiplyExact(sessions, forecastLearnersPerSession);
  }
}
