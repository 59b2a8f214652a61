package fr.unicamp.webapp.it;

/** JSON bodies of the catalogue's endpoints (Annex I elements, competencies, plan, review). */
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

  /** The Annex I elements a draft needs to pass the gate (BLENDED, 0.75 ECTS, 120.00 EUR). */
  static final String ANNEX =
      "{\"issuerCountry\":\"FR\",\"issuerRegion\":\"Hauts-de-France\","
          + "\"learningOutcomesFr\":[\"Nettoyer un jeu de données\",\"Produire un graphique\"],"
          + "\"learningOutcomesEn\":[\"Clean a data set\",\"Draw a chart\"],"
          + "\"ects\":0.75,\"eqfLevel\":6,\"assessmentType\":\"AUTHENTIC_TASK\","
          + "\"participationForm\":\"BLENDED\",\"qualityAssurance\":\"QUALIOPI\","
          + "\"identityVerification\":\"SUPERVISED_WITH_ID_CHECK\","
          + "\"attendanceThresholdPercent\":80,\"price\":\"120.00\",\"nsfCode\":\"326t\","
          + "\"prerequisites\":\"Savoir utiliser un tableur\"}";

  /** Every Annex I element, the optional ones included, with co-producers, team and brand. */
  static final String FULL_ANNEX =
      ANNEX.substring(0, ANNEX.length() - 1)
          + ",\"validityMonths\":24,\"furtherInformation\":\"Fiche du programme\","
          + "\"gradeScheme\":\"Acquis / non acquis\","
          + "\"integrationStackability\":\"Premier bloc du DIU Science des données\","
          + "\"coProducers\":[\"URENNES\"],\"designers\":[\"Claire Dupont\",\"Karim Benali\"],"
          + "\"tutors\":[\"Léa Martin\"],\"brand\":\"UniCamp\"}";

  /** A favourable academic review, what the consortium approves with. */
  static final String REVIEW =
      "{\"reviewer\":\"Pr. Martin\",\"reviewedOn\":\"2026-01-15\",\"verdict\":\"FAVOURABLE\","
          + "\"opinion\":\"Avis favorable : objectifs clairs.\"}";
}
