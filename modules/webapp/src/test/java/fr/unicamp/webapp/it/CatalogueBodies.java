package fr.unicamp.webapp.it;

/** JSON bodies of the catalogue's competency and sustainability-plan endpoints, for the suites. */
final class CatalogueBodies {

  private CatalogueBodies() {}

  static final String COMPETENCIES =
      "[{\"code\":\"C1\",\"titleFr\":\"Nettoyer des données\",\"titleEn\":\"Clean data\","
          + "\"learningOutcomes\":[\"Repérer les valeurs manquantes\",\"Corriger les types\"],"
          + "\"criteria\":[\"Exhaustivité du contrôle\",\"Justesse des corrections\"],"
          + "\"levels\":[\"Insuffisant\",\"Acquis\",\"Maîtrisé\"],\"passLevel\":2},"
          + "{\"code\":\"C2\",\"titleFr\":\"Représenter des données\","
          + "\"learningOutcomes\":[\"Produire un graphique lisible\"],"
          + "\"criteria\":[\"Choix du graphique\"],"
          + "\"levels\":[\"Non acquis\",\"Acquis\"],\"passLevel\":2}]";

  /**
   * Hand-computed: upfront 40 h × 50.00 + 3000.00 = 5000.00; a session 20 h × 45.00 + 100.00 =
   * 1000.00; a learner 10.00 + 15.00 + 5.00 = 30.00. Price 200.00 less 10 % (20.00) and 5 % (10.00)
   * = 170.00 net, margin 170.00 − 30.00 = 140.00. Break-even: a session ⌈1000 / 140⌉ = 8; the
   * horizon (4 sessions) ⌈(5000 + 4 × 1000) / 140⌉ = ⌈9000 / 140⌉ = 65, ⌈65 / 4⌉ = 17 per session.
   * At the forecast (12 a session): a session 12 × 140 − 1000 = 680.00; the horizon 48 × 140 − 9000
   * = −2280.00.
   */
  static String plan(String price) {
    return "{\"design\":{\"hours\":40,\"hourlyCost\":\"50.00\",\"productionCosts\":\"3000.00\"},"
        + "\"session\":{\"tutoringHours\":20,\"tutoringRate\":\"45.00\",\"otherCosts\":\"100.00\"},"
        + "\"learner\":{\"platform\":\"10.00\",\"assessment\":\"15.00\",\"certificate\":\"5.00\"},"
        + "\"pricing\":{\"price\":\""
        + price
        + "\",\"commissionPercent\":10,\"consortiumSharePercent\":5},"
        + "\"horizon\":{\"sessions\":4,\"forecastLearnersPerSession\":12}}";
  }

  static final String PLAN = plan("200.00");
}
