package fr.unicamp.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the API suites share: unique codes, the field errors of a 422 problem, every item of a
 * keyset-paged list, the audit trail, and micro-certifications taken through their workflow the way
 * staff and the consortium do it over HTTP.
 */
final class ApiFixtures {

  static final String MC = "api/catalogue/micro-certifications";

  private final Api api;

  ApiFixtures(Api api) {
    this.api = api;
  }

  /** {@code prefix-XXXXXXXX}: a code no other test (nor suite sharing the database) uses. */
  static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** Today in the business zone, as the server counts it. */
  static LocalDate parisToday() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  static String staffOf(String university) {
    return "staff." + university.toLowerCase(Locale.ROOT);
  }

  /** The {@code field:code} of every error of a 422 problem, in order. */
  static List<String> errorsOf(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field") + ":" + e.getString("code"))
        .toList();
  }

  static Api.Reply expect(int status, Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  /** Every item of a keyset-paged list ({@code path} may carry filters), following its cursors. */
  List<JsonObject> everyItem(String user, String path) {
    List<JsonObject> items = new ArrayList<>();
    String after = "";
    String separator = path.contains("?") ? "&" : "?";
    do {
      JsonObject page =
          expect(200, api.get(user, path + separator + "limit=200&after=" + after)).object();
      items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
      after = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
    } while (after != null);
    return items;
  }

  /** The ids of {@link #everyItem}. */
  List<Long> everyId(String user, String path) {
    return everyItem(user, path).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
  }

  /** The latest audit events of one object, newest first, as the consortium admin reads them. */
  List<JsonObject> auditEventsOf(String objectType, long id) {
    return api
        .get("admin", "api/audit?limit=200")
        .object()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.getString("objectType").equals(objectType))
        .filter(e -> e.getString("objectId").equals(String.valueOf(id)))
        .toList();
  }

  JsonObject auditEventOf(String objectType, long id, String action) {
    return auditEventsOf(objectType, id).stream()
        .filter(e -> e.getString("action").equals(action))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + action + " event for " + objectType + " " + id));
  }

  /** A draft of {@code university} titled "Titre {code}", created by that university's staff. */
  long draft(String university, String code, int hours) {
    return draft(staffOf(university), university, code, hours);
  }

  long draft(String user, String university, String code, int hours) {
    var reply =
        api.post(
            user,
            MC,
            "{\"university\":\""
                + university
                + "\",\"code\":\""
                + code
                + "\",\"titleFr\":\"Titre "
                + code
                + "\",\"hours\":"
                + hours
                + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    long id = reply.object().getJsonNumber("id").longValue();
    assertThat(reply.header("Location")).endsWith("/" + id);
    return id;
  }

  /** Describes a draft with {@code annex}, its competency grid and its sustainability plan. */
  void complete(String staff, long id, String annex) {
    String path = MC + "/" + id;
    expect(200, api.put(staff, path, annex));
    expect(200, api.put(staff, path + "/competencies", CatalogueBodies.COMPETENCIES));
    expect(200, api.put(staff, path + "/sustainability-plan", CatalogueBodies.PLAN));
  }

  /** Submits a complete draft, has the consortium approve it, and publishes it (CFVU yesterday). */
  void publish(String staff, long id) {
    String path = MC + "/" + id;
    expect(200, api.post(staff, path + "/submit", "{}"));
    expect(200, api.post("admin", path + "/approve", CatalogueBodies.REVIEW));
    String informed = parisToday().minusDays(1).toString();
    var published =
        expect(
            200, api.post(staff, path + "/publish", "{\"cfvuInformedOn\":\"" + informed + "\"}"));
    assertThat(published.object().getString("status")).isEqualTo("PUBLISHED");
  }

  /** A micro-certification of {@code university} described with {@code annex} and PUBLISHED. */
  long published(String university, String code, int hours, String annex) {
    long id = draft(university, code, hours);
    complete(staffOf(university), id, annex);
    publish(staffOf(university), id);
    return id;
  }
}
