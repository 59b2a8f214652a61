package fr.unicamp.webapp.it;

import static fr.unicamp.webapp.it.ApiFixtures.MC;
import static fr.unicamp.webapp.it.ApiFixtures.expect;
import static fr.unicamp.webapp.it.ApiFixtures.parisToday;
import static fr.unicamp.webapp.it.ApiFixtures.uniqueCode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the enrolment suites stand on, made through the API with unique codes: a micro-certification
 * of ULILLE taken to PUBLISHED, sessions planned on it, learners registered.
 */
final class EnrolmentFixtures {

  static final String LEARNERS = "api/learners";
  static final String ENROLMENTS = "api/enrolments";

  private final Api api;

  EnrolmentFixtures(Api api) {
    this.api = api;
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static long idOf(Api.Reply reply) {
    return reply.object().getJsonNumber("id").longValue();
  }

  /** A micro-certification of ULILLE taken through the gate, review and publication. */
  long published() {
    return new ApiFixtures(api).published("ULILLE", uniqueCode("IT-E"), 12, CatalogueBodies.ANNEX);
  }

  /** A session of {@code mc} starting in 30 days; the window's days are counted from today. */
  long session(long mc, int opens, int closes, int capacity) {
    LocalDate t = parisToday();
    String body =
        "{\"code\":\"S-"
            + unique()
            + "\",\"startsOn\":\""
            + t.plusDays(30)
            + "\",\"endsOn\":\""
            + t.plusDays(60)
            + "\",\"enrolmentOpensOn\":\""
            + t.plusDays(opens)
            + "\",\"enrolmentClosesOn\":\""
            + t.plusDays(closes)
            + "\",\"capacity\":"
            + capacity
            + ",\"modality\":\"BLENDED\",\"tutors\":[\"Claire Dubois\"]}";
    return idOf(expect(201, api.post("staff.ulille", MC + "/" + mc + "/sessions", body)));
  }

  /** A learner body of ULILLE born in Lille; {@code ine} may be null. */
  static String learner(String familyName, String email, String ine) {
    return "{\"university\":\"ULILLE\",\"civility\":\"MS\",\"familyName\":\""
        + familyName
        + "\",\"givenNames\":\"Camille\",\"birthDate\":\"1990-04-12\","
        + "\"birthPlace\":{\"commune\":\"Lille\",\"inseeCode\":\"59350\",\"country\":\"FR\"},"
        + "\"nationality\":\"FR\",\"email\":\""
        + email
        + "\",\"phone\":\"+33612345678\""
        + (ine == null ? "" : ",\"ine\":\"" + ine + "\"")
        + "}";
  }

  /** Registers a learner of ULILLE with a unique e-mail address; gives its id. */
  long learner() {
    return learner("camille." + unique().toLowerCase() + "@example.org");
  }

  /** Registers a learner of ULILLE with this e-mail address; gives its id. */
  long learner(String email) {
    return expect(201, api.post("staff.ulille", LEARNERS, learner("Martin", email, null)))
        .object()
        .getJsonObject("learner")
        .getJsonNumber("id")
        .longValue();
  }

  /** A self-paid enrolment body. */
  static String enrolment(long learner, long session, String order) {
    return "{\"learner\":"
        + learner
        + ",\"session\":"
        + session
        + ",\"funding\":{\"source\":\"SELF\",\"orderReference\":\""
        + order
        + "\"}}";
  }
}
