package fr.unicamp.catalogue.domain.sustainability;

/** Which costs a cost-and-revenue chart carries. */
public enum ChartScope {
  /** One session: its fixed costs, and the learners of that session. */
  ONE_SESSION,
  /** The whole horizon: upfront and every session's fixed costs, and the learners of all. */
  HORIZON
}
